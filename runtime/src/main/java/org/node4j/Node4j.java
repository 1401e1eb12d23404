package org.node4j;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/**
 * node4j inside a Java program: a configuration from which Node.js runtimes are made. Each
 * runtime has its own globals, module cache, event loop and JS thread; all runtimes of a JVM
 * share one engine, so the second one starts much faster than the first.
 *
 * <pre>{@code
 * Node4j node = Node4j.builder().cwd(Path.of("app")).build();
 * int code = node.runFile(Path.of("app/main.js"));          // like `node main.js`
 *
 * try (Node4jRuntime rt = node.start()) {                     // alive until closed
 *   Object html = rt.call("./render.js", "render", Map.of("name", "Ada")).get();
 * }
 * }</pre>
 */
public final class Node4j {
  private final Builder b;

  private Node4j(Builder b) {
    this.b = b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs a script file to the end (the loop drains) and returns its exit code. */
  public int runFile(Path script, String... args) throws InterruptedException {
    Path file = b.cwd.resolve(script).toAbsolutePath().normalize();
    return runToExit(newRuntime(RuntimeOptions.MainKind.FILE, file.toString(), List.of(args)));
  }

  /** Runs code as {@code node -e} would and returns the exit code. */
  public int runCode(String code, String... args) throws InterruptedException {
    return runToExit(newRuntime(RuntimeOptions.MainKind.EVAL, code, List.of(args)));
  }

  private int runToExit(NodeRuntime runtime) throws InterruptedException {
    int[] code = new int[1];
    Thread js = jsThread(() -> {
      try (runtime) {
        code[0] = runtime.run();
      }
    });
    js.start();
    js.join();
    return code[0];
  }

  /**
   * Starts a runtime that stays alive, with nothing to run, until {@link Node4jRuntime#close()}
   * (or until its code calls {@code process.exit()}); work is handed to it from any thread.
   */
  public Node4jRuntime start() {
    return new Node4jRuntime(newRuntime(RuntimeOptions.MainKind.EVAL, "", List.of()), b.cwd, this::jsThread);
  }

  private NodeRuntime newRuntime(RuntimeOptions.MainKind kind, String main, List<String> args) {
    List<String> execArgv = new ArrayList<>(b.execArgv);
    if (b.permissions != null) execArgv.addAll(b.permissions.toExecArgv());
    RuntimeOptions options = new RuntimeOptions("node4j", "node4j", List.copyOf(execArgv), kind, main,
        args, new LinkedHashMap<>(b.env), b.cwd, b.stdin, b.stdout, b.stderr, false, false, false,
        List.of(), 10);
    NodeRuntime runtime = new NodeRuntime(options);
    runtime.setJavaModules(b.modules);
    if (b.javaClassLoader != null) runtime.allowJava(b.javaClassLoader);
    if (b.permissions != null) runtime.restrict(b.permissions);
    if (b.cpuTimeLimit != null) runtime.limitCpuTime(b.cpuTimeLimit);
    return runtime;
  }

  // Deep recursion needs a deep Java stack, as in the CLI.
  private Thread jsThread(Runnable body) {
    Thread t = new Thread(null, body, "node4j-js", 256L * 1024 * 1024);
    t.setDaemon(b.daemon);
    // Libraries that look classes up by name (JDBC's DriverManager, ServiceLoader) ask this.
    if (b.javaClassLoader != null) t.setContextClassLoader(b.javaClassLoader);
    return t;
  }

  /** How runtimes are made. Every setting has a default: the JVM's working directory and environment, no stdin, the JVM's stdout/stderr. */
  public static final class Builder {
    private Path cwd = Path.of("").toAbsolutePath();
    private Map<String, String> env = System.getenv();
    private List<String> execArgv = new ArrayList<>();
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = System.out;
    private OutputStream stderr = System.err;
    private final Map<String, Map<String, Object>> modules = new LinkedHashMap<>();
    private boolean daemon;
    private ClassLoader javaClassLoader;
    private Permissions permissions;
    private java.time.Duration cpuTimeLimit;

    private Builder() {}

    /** process.cwd() and the base of relative module names; default: the JVM's working directory. */
    public Builder cwd(Path dir) {
      cwd = dir.toAbsolutePath().normalize();
      return this;
    }

    /** process.env; default: the JVM's environment. */
    public Builder env(Map<String, String> environment) {
      env = Map.copyOf(environment);
      return this;
    }

    /**
     * process.execArgv: Node options as on the command line. Options that the JS core reads
     * from execArgv take effect (e.g. {@code --no-deprecation}, {@code --input-type=module});
     * options the CLI turns into runtime settings (such as {@code --stack-trace-limit}) do not.
     */
    public Builder execArgv(String... flags) {
      execArgv = List.of(flags);
      return this;
    }

    public Builder stdin(InputStream in) {
      stdin = in;
      return this;
    }

    public Builder stdout(OutputStream out) {
      stdout = out;
      return this;
    }

    public Builder stderr(OutputStream err) {
      stderr = err;
      return this;
    }

    /**
     * A module JS code can {@code require(name)}: its exports are {@code exports}' entries,
     * {@link JavaFunction}s becoming callable functions and other values converted to JS.
     * Core modules keep their names ({@code fs} cannot be replaced).
     */
    public Builder module(String name, Map<String, Object> exports) {
      modules.put(name, Map.copyOf(exports));
      return this;
    }

    /**
     * Lets JS code use Java classes that {@code loader} can load, with full access to their
     * public members: {@code require('java:java.util.UUID').randomUUID()}. Off by default.
     */
    public Builder java(ClassLoader loader) {
      javaClassLoader = loader;
      return this;
    }

    /**
     * Turns Node's permission model on: the runtime may read and write only the paths these
     * permissions grant (its entry script stays readable), start child processes and workers
     * only if granted, and use the network only if {@link Permissions#allowNetwork()} was given.
     * Denied calls fail with {@code ERR_ACCESS_DENIED}; {@code process.permission} answers.
     * Default: no restriction, as {@code node} without {@code --permission}.
     */
    public Builder permissions(Permissions granted) {
      permissions = granted;
      return this;
    }

    /**
     * A CPU budget: once a runtime's JS thread has used this much CPU time (its whole life,
     * not one call), the runtime is stopped, as {@code close()} would after its grace period,
     * and ends with exit code 1 and a line on its stderr. Protects a program from a script
     * that loops forever. Heap limits per runtime do not exist: all runtimes share the JVM's heap.
     */
    public Builder cpuTimeLimit(java.time.Duration limit) {
      cpuTimeLimit = limit;
      return this;
    }

    /** Whether JS threads are daemon threads (do not keep the JVM alive); default false. */
    public Builder daemon(boolean isDaemon) {
      daemon = isDaemon;
      return this;
    }

    /** A Node4j with this builder's settings; later changes to the builder do not affect it. */
    public Node4j build() {
      Builder copy = new Builder();
      copy.cwd = cwd;
      copy.env = env;
      copy.execArgv = execArgv;
      copy.stdin = stdin;
      copy.stdout = stdout;
      copy.stderr = stderr;
      copy.modules.putAll(modules);
      copy.daemon = daemon;
      copy.javaClassLoader = javaClassLoader;
      copy.permissions = permissions;
      copy.cpuTimeLimit = cpuTimeLimit;
      return new Node4j(copy);
    }
  }
}
