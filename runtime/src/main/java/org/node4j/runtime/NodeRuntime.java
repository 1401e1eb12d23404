package org.node4j.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.node4j.Permissions;
import org.node4j.binding.Bindings;
import org.node4j.module.ModuleFileSystem;

/**
 * One Node.js runtime: a JS context with its own event loop, process object and module
 * cache, run on the thread that calls {@link #run()}. Many can live in one JVM; they share
 * only the {@link SharedEngine}.
 */
public final class NodeRuntime implements AutoCloseable {
  public static final String NODE_VERSION = "v24.21.0";
  private static final java.util.Properties BUILD = buildProperties();
  public static final String NODE4J_VERSION = BUILD.getProperty("node4j", "0.0.0");
  public static final String GRAALJS_VERSION = BUILD.getProperty("graaljs", "unknown");

  private static java.util.Properties buildProperties() {
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = NodeRuntime.class.getResourceAsStream("/node4j/version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // versions then read "unknown"; nothing else depends on them
    }
    return p;
  }

  /** Host access for core bindings: only annotated members, plus zero-copy buffers. */
  static final HostAccess CORE_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
      .allowBufferAccess(true)
      .allowArrayAccess(true)
      .allowListAccess(true)
      .build();

  private final RuntimeOptions options;
  private final SharedEngine shared;
  private final EventLoop loop = new EventLoop();
  private final JsCalls calls = new JsCalls();
  private final ProcessState processState;
  private final BlockingPool pool;
  // What GraalJS's ES module loader reads (see org.node4j.module.ModuleFileSystem).
  private final ModuleFileSystem moduleFileSystem = new ModuleFileSystem();
  private Context context;
  private Bindings bindings;
  private Map<String, Map<String, Object>> javaModules = Map.of();
  private JavaValues javaValues;
  private ClassLoader javaClassLoader; // null: JS code cannot reach Java classes
  private Permissions permissions; // null: the permission model is off
  private long cpuLimitNanos; // 0: none
  private volatile boolean cpuLimitExceeded;
  private Object worker; // a worker's own facts (binding.worker.WorkerHandle.Self); null on the main thread

  public NodeRuntime(RuntimeOptions options) {
    this.options = options;
    this.shared = SharedEngine.get();
    this.processState = new ProcessState(options);
    restrict(Permissions.fromExecArgv(options.execArgv()));
    this.pool = new BlockingPool(loop, poolSize(options));
  }

  private static int poolSize(RuntimeOptions options) {
    try {
      int n = Integer.parseInt(options.env().getOrDefault("UV_THREADPOOL_SIZE", "4"));
      return Math.max(1, Math.min(1024, n));
    } catch (NumberFormatException e) {
      return 4;
    }
  }

  public RuntimeOptions options() {
    return options;
  }

  public EventLoop loop() {
    return loop;
  }

  public JsCalls calls() {
    return calls;
  }

  public BlockingPool pool() {
    return pool;
  }

  public ProcessState processState() {
    return processState;
  }

  public Context context() {
    return context;
  }

  /** Modules the embedding program registered, by name; set before {@link #run()}. */
  public void setJavaModules(Map<String, Map<String, Object>> modules) {
    javaModules = Map.copyOf(modules);
  }

  /** Makes this runtime a worker_threads Worker; set before {@link #run()}. */
  public void setWorker(Object self) {
    worker = self;
  }

  public Object worker() {
    return worker;
  }

  public Map<String, Map<String, Object>> javaModules() {
    return javaModules;
  }

  /**
   * Lets JS code use Java classes loaded by {@code loader} ({@code require('java:java.util.UUID')}),
   * with full access to their public members; off unless asked for (--java). Set before run().
   */
  public void allowJava(ClassLoader loader) {
    javaClassLoader = loader;
  }

  /**
   * Turns the permission model on with these permissions (null: off); set before run(). The
   * entry point and preloaded modules stay readable, as in Node.
   */
  public void restrict(Permissions p) {
    if (p == null) {
      permissions = null;
      return;
    }
    p = p.resolvedAgainst(options.cwd());
    if (options.mainKind() == RuntimeOptions.MainKind.FILE) p = p.allowFsRead(options.main());
    for (String m : options.preloadModules()) p = p.allowFsRead(options.cwd().resolve(m).normalize().toString());
    permissions = p;
  }

  /** process.permission.drop(): the grant is gone for the rest of this runtime's life. */
  public void dropPermission(String scope, String reference) {
    if (permissions != null) permissions = permissions.without(scope, reference);
  }

  /**
   * Ends the runtime once its JS thread has used this much CPU time (0: no limit); set before
   * run(). The run then returns exit code 1 after saying so on the runtime's stderr.
   */
  public void limitCpuTime(java.time.Duration limit) {
    cpuLimitNanos = limit.toNanos();
  }

  /** The permission model's grants, or null when it is off. */
  public Permissions permissions() {
    return permissions;
  }

  public boolean javaAllowed() {
    return javaClassLoader != null;
  }

  /** Java/JS value conversion for the embedding API (JS thread only). */
  public JavaValues javaValues() {
    if (javaValues == null) javaValues = new JavaValues(context);
    return javaValues;
  }

  public ModuleFileSystem moduleFileSystem() {
    return moduleFileSystem;
  }

  public SharedEngine sharedEngine() {
    return shared;
  }

  /** Runs the main script and the loop to the end; returns the process exit code. */
  public int run() {
    Thread watchdog = null;
    try {
      context = newContext();
      StartupTrace.mark("context");
      context.initialize("js");
      StartupTrace.mark("js realm");
      bindings = new Bindings(this);
      Value hooks = bootstrap();
      StartupTrace.mark("bootstrap");
      calls.bind(hooks);
      // the budget is the user's code's: our own bootstrap does not count
      if (cpuLimitNanos > 0) {
        watchdog = CpuWatchdog.start(Thread.currentThread(), cpuLimitNanos, () -> {
          cpuLimitExceeded = true;
          terminate();
        });
      }
      calls.call(hooks.getMember("runMain"));
      StartupTrace.mark("main script");
      int code = runLoopToExit();
      return cpuLimitExceeded ? cpuLimitExit() : code;
    } catch (ProcessExit exit) {
      return exit.code;
    } catch (RuntimeException e) {
      if (e instanceof PolyglotException p && p.isExit()) return p.getExitStatus();
      // a stopped runtime's cancelled context, met inside JS or outside it
      if (cpuLimitExceeded) return cpuLimitExit();
      throw e;
    } finally {
      if (watchdog != null) watchdog.interrupt();
      close();
    }
  }

  private int cpuLimitExit() {
    try {
      options.stderr().write(("node4j: the runtime used up its CPU time limit ("
          + cpuLimitNanos / 1_000_000 + " ms) and was stopped\n").getBytes(StandardCharsets.UTF_8));
      options.stderr().flush();
    } catch (IOException ignored) {
      // the exit code still tells
    }
    return 1;
  }

  private int runLoopToExit() {
    try {
      do {
        loop.run(new EventLoop.Phases() {
          @Override public long runTimers(long now) { return calls.runTimers(now); }
          @Override public void runImmediates() { calls.runImmediates(); }
          @Override public void runCompletion(Completion c) { runOnLoop(c); }
        });
        calls.emitBeforeExit();
      } while (loop.alive());
      return calls.emitExit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private void runOnLoop(Completion c) {
    try {
      c.run();
    } catch (ProcessExit | PolyglotException e) {
      throw (RuntimeException) e;
    } catch (Exception e) {
      throw new IllegalStateException("node4j: internal error in a completion", e);
    }
  }

  private Context newContext() {
    Context.Builder builder = Context.newBuilder("js")
        .engine(javaClassLoader != null ? SharedEngine.forJava().engine() : shared.engine())
        .allowExperimentalOptions(true)
        .allowHostAccess(CORE_ACCESS)
        .option("js.shell", "true") // for quit(): a hard exit that no catch/finally can stop
        .option("js.print", "false")
        .option("js.load", "false")
        .option("js.console", "false")
        .option("js.polyglot-builtin", "false")
        .option("js.java-package-globals", "false")
        .option("js.global-arguments", "false")
        .option("js.stack-trace-api", "true")
        .option("js.stack-trace-limit", Integer.toString(options.stackTraceLimit()))
        .option("js.unhandled-rejections", "handler")
        .option("js.timer-resolution", "1")
        .option("js.top-level-await", "true")
        .option("js.import-attributes", "true")
        .option("js.json-modules", "true")
        // The MLE builtin's registerESMLookup is GraalJS's only resolve hook for imports;
        // realm.js captures it and hides the MLE global. Modules are read through our file system.
        .option("js.mle-mode", "true")
        .allowIO(IOAccess.newBuilder().fileSystem(moduleFileSystem).build())
        .option("js.ecmascript-version", "staging") // Node 24 has fromAsync, Error.isError, Atomics.pause
        .option("js.iterator-helpers", "true")
        .option("js.regexp-match-indices", "true")
        .option("js.regexp-unicode-sets", "true")
        .option("js.private-fields-in", "true")
        .option("js.async-context", "true") // AsyncLocalStorage rides on it (promise propagation)
        .option("js.v8-realm-builtin", "true") // Realm.create(): vm contexts are real separate globals
        .out(options.stdout())
        .err(options.stderr())
        .in(options.stdin() != null ? options.stdin() : InputStream.nullInputStream());
    if (javaClassLoader != null) {
      builder.allowHostAccess(HostAccess.ALL).allowHostClassLookup(name -> true).hostClassLoader(javaClassLoader);
    }
    return builder.build();
  }

  /** Evaluates primordials, then the builtin loader (internal/bootstrap/realm), which returns the loop hooks. */
  private Value bootstrap() {
    Value primordials = context.eval(shared.source("per_context/primordials",
        k -> builtinSource("internal/per_context/primordials", null)));
    StartupTrace.mark("primordials");
    Value realm = context.eval(shared.source("bootstrap/realm",
        k -> builtinSource("internal/bootstrap/realm", "host, primordials, tickInfo")));
    Value tickInfo = context.eval("js", "(b) => new Int32Array(new ArrayBuffer(b))").execute(calls.tickInfo);
    StartupTrace.mark("realm parsed");
    return realm.execute(bindings, primordials, tickInfo);
  }

  /** A core-library file as a Source; with params, wrapped as a function of them. */
  public static Source builtinSource(String id, String params) {
    String text = readBuiltin(id);
    if (text == null) throw new IllegalStateException("node4j: missing builtin " + id);
    String code = params == null ? text : "(function (" + params + ") {" + text + "\n})";
    return Source.newBuilder("js", code, "node:" + id).cached(true).buildLiteral();
  }

  /** Where lib/ is read from instead of the jar (bin/node4j sets it to the checkout's lib/). */
  static final String LIB_DIR = System.getProperty("node4j.libDir");

  /** The text of lib/&lt;id&gt;.js, or null when there is no such builtin. */
  public static String readBuiltin(String id) {
    if (LIB_DIR != null) {
      java.nio.file.Path file = java.nio.file.Path.of(LIB_DIR, id + ".js");
      try {
        return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file) : null;
      } catch (IOException e) {
        throw new IllegalStateException("node4j: cannot read builtin " + id, e);
      }
    }
    try (InputStream in = NodeRuntime.class.getResourceAsStream("/node4j/lib/" + id + ".js")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("node4j: cannot read builtin " + id, e);
    }
  }

  /** Stops a runtime from another thread (a test's timeout, an embedder giving up). */
  public void terminate() {
    loop.stop();
    Context c = context;
    if (c != null) {
      try {
        c.close(true);
      } catch (RuntimeException ignored) {
        // the runtime thread is unwinding; close() finishes the job
      }
    }
  }

  @Override
  public void close() {
    loop.stop();
    pool.shutdown();
    if (bindings != null) bindings.close();
    if (context != null) {
      try {
        context.close(true);
      } catch (PolyglotException ignored) {
        // already closed by a hard exit
      }
      context = null;
    }
  }
}
