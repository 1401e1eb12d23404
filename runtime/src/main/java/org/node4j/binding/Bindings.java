package org.node4j.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.graalvm.polyglot.HostAccess;
import org.node4j.runtime.NodeRuntime;

/**
 * The one door from JS to Java: {@code internalBinding(name)}. Every binding is listed here
 * under the name of the Node binding it plays, so a Node reader finds everything by name.
 */
public final class Bindings {
  private static final Map<String, Function<NodeRuntime, Object>> REGISTRY = Map.ofEntries(
      Map.entry("buffer", runtime -> new BufferBinding()),
      Map.entry("builtins", BuiltinsBinding::new),
      Map.entry("cares_wrap", CaresWrapBinding::new),
      Map.entry("contextify", ContextifyBinding::new),
      Map.entry("crypto", CryptoBinding::new),
      Map.entry("embedder", EmbedderBinding::new),
      Map.entry("fs", FsBinding::new),
      Map.entry("messaging", MessagingBinding::new),
      Map.entry("module_wrap", ModuleWrapBinding::new),
      Map.entry("os", OsBinding::new),
      Map.entry("permission", PermissionBinding::new),
      Map.entry("pipe_wrap", runtime -> new TcpWrapBinding(runtime, true)),
      Map.entry("process_methods", ProcessMethodsBinding::new),
      Map.entry("process_wrap", ProcessWrapBinding::new),
      Map.entry("signal_wrap", SignalWrapBinding::new),
      Map.entry("spawn_sync", SpawnSyncBinding::new),
      Map.entry("stream_wrap", StreamWrapBinding::new),
      Map.entry("tcp_wrap", runtime -> new TcpWrapBinding(runtime, false)),
      Map.entry("test_runner", TestRunnerBinding::new), // node4j's: test files in fresh runtimes
      Map.entry("timers", TimersBinding::new),
      Map.entry("tls_wrap", TlsWrapBinding::new),
      Map.entry("tty_wrap", TtyWrapBinding::new),
      Map.entry("udp_wrap", UdpWrapBinding::new),
      Map.entry("util", runtime -> new UtilBinding()),
      Map.entry("uv", runtime -> new UvBinding()),
      Map.entry("v8", runtime -> new V8Binding()),
      Map.entry("worker", WorkerBinding::new),
      Map.entry("zlib", ZlibBinding::new));

  private final NodeRuntime runtime;
  private final Map<String, Object> loaded = new HashMap<>();

  public Bindings(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /** internalBinding(name); null when there is no such binding. */
  @HostAccess.Export
  public Object get(String name) {
    Object b = loaded.get(name);
    if (b == null) {
      Function<NodeRuntime, Object> factory = REGISTRY.get(name);
      if (factory == null) return null;
      b = factory.apply(runtime);
      loaded.put(name, b);
    }
    return b;
  }

  /** Releases what bindings hold (open files, sockets) when the runtime closes. */
  public void close() {
    for (Object b : loaded.values()) {
      if (b instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception ignored) {
          // closing everything else matters more than one failure here
        }
      }
    }
    loaded.clear();
  }
}
