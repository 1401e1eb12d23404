package org.node4j.runtime;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/**
 * The one GraalJS {@link Engine} shared by every runtime in this JVM, and the {@link Source}s
 * of the JS core compiled on it. Sharing both is what makes a second runtime cheap: Truffle
 * reuses parsed and compiled code for identical Source objects on the same engine.
 */
public final class SharedEngine {
  private static volatile SharedEngine instance;
  // Truffle wants one host-access policy per engine; runtimes with Java interop (--java) get
  // their own engine, so the others keep the policy that exposes only annotated members.
  private static volatile SharedEngine javaInstance;

  private final Engine engine;
  private final Map<String, Source> sources = new ConcurrentHashMap<>();

  private SharedEngine(Engine engine) {
    this.engine = engine;
  }

  public static SharedEngine get() {
    SharedEngine e = instance;
    if (e == null) {
      synchronized (SharedEngine.class) {
        e = instance;
        if (e == null) instance = e = new SharedEngine(newEngine());
      }
    }
    return e;
  }

  /** The engine for runtimes that let JS code use Java classes. */
  public static SharedEngine forJava() {
    SharedEngine e = javaInstance;
    if (e == null) {
      synchronized (SharedEngine.class) {
        e = javaInstance;
        if (e == null) javaInstance = e = new SharedEngine(newEngine());
      }
    }
    return e;
  }

  private static Engine newEngine() {
    Engine.Builder b = Engine.newBuilder("js")
        // We detect interpreter-only mode ourselves (jitEnabled) and say so clearly;
        // the engine's own warning would go to the user's stderr.
        .option("engine.WarnInterpreterOnly", "false");
    // The engine's log must not reach the user, unless someone diagnosing the engine asked for
    // it in a file (-Dpolyglot.log.file=… with, say, -Dpolyglot.engine.TraceCompilation=true).
    if (System.getProperty("polyglot.log.file") == null) b.logHandler(OutputStream.nullOutputStream());
    return b.build();
  }

  public Engine engine() {
    return engine;
  }

  /** True when Truffle runs with an optimizing compiler, false when it fell back to the interpreter. */
  public boolean jitEnabled() {
    return !engine.getImplementationName().toLowerCase().contains("interpreted");
  }

  /** A Source cached by key, so every runtime on this engine shares its compiled code. */
  public Source source(String key, Function<String, Source> create) {
    return sources.computeIfAbsent(key, create);
  }
}
