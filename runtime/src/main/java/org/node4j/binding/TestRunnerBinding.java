package org.node4j.binding;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.EventLoop;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/**
 * Runs one test file of {@code node4j --test} / {@code run()} in a fresh runtime of this JVM,
 * on its own thread: Node starts a child process per file, node4j a new NodeRuntime (its own
 * context, loop, module cache and process object; only the engine is shared). Its stdout and
 * stderr come back to this runtime's loop as text; its exit code last. Not a Node binding.
 */
public final class TestRunnerBinding {
  private final NodeRuntime runtime;

  TestRunnerBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Starts {@code file}; {@code onOutput(fd, text)} gets its output, {@code onExit(code)} its
   * exit code. {@code env} is [key, value, key, value, …].
   */
  @HostAccess.Export
  public void runFile(String file, Value execArgv, Value env, String cwd, Value onOutput, Value onExit) {
    List<String> flags = new ArrayList<>();
    for (long i = 0; i < execArgv.getArraySize(); i++) flags.add(execArgv.getArrayElement(i).asString());
    Map<String, String> environment = new LinkedHashMap<>();
    for (long i = 0; i + 1 < env.getArraySize(); i += 2) {
      environment.put(env.getArrayElement(i).asString(), env.getArrayElement(i + 1).asString());
    }
    EventLoop loop = runtime.loop();
    RuntimeOptions parent = runtime.options();
    RuntimeOptions options = new RuntimeOptions(
        parent.execPath(), parent.argv0(), List.copyOf(flags), RuntimeOptions.MainKind.FILE, file, List.of(),
        environment, Path.of(cwd), InputStream.nullInputStream(),
        new Forward(loop, onOutput, 1), new Forward(loop, onOutput, 2),
        false, false, false, List.of(), parent.stackTraceLimit());
    loop.beginRequest();
    Thread thread = new Thread(null, () -> {
      int code;
      try (NodeRuntime child = new NodeRuntime(options)) {
        code = child.run();
      } catch (RuntimeException | Error e) {
        PrintStream err = new PrintStream(options.stderr(), true, StandardCharsets.UTF_8);
        err.println("node4j: the test file's runtime failed: " + e);
        code = 1;
      }
      int exitCode = code;
      loop.completeRequest(() -> onExit.execute(exitCode));
    }, "node4j-test-file", 512L * 1024 * 1024);
    thread.setDaemon(true);
    thread.start();
  }

  /** A test file's stdout or stderr: each write reaches the parent's loop as a string. */
  private static final class Forward extends OutputStream {
    private final EventLoop loop;
    private final Value onOutput;
    private final int fd;

    Forward(EventLoop loop, Value onOutput, int fd) {
      this.loop = loop;
      this.onOutput = onOutput;
      this.fd = fd;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      String text = new String(b, off, len, StandardCharsets.UTF_8);
      loop.post(() -> onOutput.execute(fd, text));
    }
  }
}
