package org.node4j.binding;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.StartupTrace;

/** Node's {@code builtins} binding: the JS core library's sources, compiled on the shared engine. */
public final class BuiltinsBinding {
  private static final String PARAMS = "exports, require, module, process, internalBinding, primordials";
  private static volatile List<String> ids;

  private final NodeRuntime runtime;

  BuiltinsBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /** The module wrapper function of lib/&lt;id&gt;.js, or null when there is no such builtin. */
  @HostAccess.Export
  public Value compile(String id) {
    return runtime.context().eval(runtime.sharedEngine().source(id, k -> NodeRuntime.builtinSource(id, PARAMS)));
  }

  /** Whether realm.js should report each core module's load time (NODE4J_TRACE_STARTUP). */
  @HostAccess.Export
  public boolean tracing() {
    return StartupTrace.enabled();
  }

  /** With tracing: one core module loaded, its inclusive CPU time on the JS thread. */
  @HostAccess.Export
  public void traceModule(String id, int depth, double startCpuMicros) {
    StartupTrace.module(id, depth, (StartupTrace.threadCpuMicros() - startCpuMicros) / 1000.0);
  }

  /** With tracing: the JS thread's CPU time in microseconds. */
  @HostAccess.Export
  public double threadCpuMicros() {
    return StartupTrace.threadCpuMicros();
  }

  /** Every builtin id (lib files, internal ones included), sorted. */
  @HostAccess.Export
  public List<String> ids() {
    List<String> list = ids;
    if (list == null) ids = list = scanIds();
    return list;
  }

  private static List<String> scanIds() {
    String libDir = System.getProperty("node4j.libDir");
    if (libDir != null) {
      try {
        return list(Path.of(libDir));
      } catch (IOException e) {
        throw new IllegalStateException("node4j: cannot list builtins", e);
      }
    }
    // lib/internal/errors.js always exists; its grandparent folder is lib/.
    URL url = NodeRuntime.class.getResource("/node4j/lib/internal/errors.js");
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return list(fs.getPath("/node4j/lib"));
        }
      }
      return list(Path.of(uri).getParent().getParent());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("node4j: cannot list builtins", e);
    }
  }

  private static List<String> list(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.toString().endsWith(".js")).forEach(f -> {
        String rel = root.relativize(f).toString().replace('\\', '/');
        out.add(rel.substring(0, rel.length() - 3));
      });
    }
    out.sort(null);
    return List.copyOf(out);
  }
}
