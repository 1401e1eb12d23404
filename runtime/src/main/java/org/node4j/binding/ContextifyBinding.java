package org.node4j.binding;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;

/** Node's {@code contextify} binding: compiling user code (CommonJS wrappers, -e scripts). */
public final class ContextifyBinding {
  private final NodeRuntime runtime;

  ContextifyBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Compiles {@code code} as the body of a function with the given parameters, named
   * {@code filename} in stack traces. The header stays on line 1 so line numbers match the file.
   */
  @HostAccess.Export
  public Value compileFunction(String code, String filename, String params) {
    String wrapped = "(function (" + params + ") {" + code + "\n})";
    return runtime.context().eval(sourceFor(wrapped, filename));
  }

  /**
   * A file's code as a Source that knows the file's path (its text is ours, not re-read):
   * GraalJS gives import() that path as the referrer, so it resolves relative to the file.
   */
  private static Source sourceFor(String code, String filename) {
    if (filename.startsWith("/")) {
      try {
        return Source.newBuilder("js", new java.io.File(filename)).content(code).name(filename).build();
      } catch (java.io.IOException | RuntimeException e) {
        // not a usable path: a plain named source
      }
    }
    return Source.newBuilder("js", code, filename).buildLiteral();
  }

  /** Parses {@code code} as a script without running it: a SyntaxError is thrown now (new vm.Script, the REPL). */
  @HostAccess.Export
  public void checkScript(String code, String filename) {
    runtime.context().parse(Source.newBuilder("js", code, filename).buildLiteral());
  }

  private static final Object TIMED_OUT = new Object();

  /** What {@link #callWithTimeout} returns when the time ran out. */
  @HostAccess.Export
  public Object timedOut() {
    return TIMED_OUT;
  }

  /**
   * Calls {@code fn} and stops it after {@code ms} milliseconds (vm's {@code timeout}). A
   * watchdog interrupts the context; the interrupt unwinds JS up to this host frame, and the
   * caller's JS goes on (it throws ERR_SCRIPT_EXECUTION_TIMEOUT). Truffle keeps an interrupt
   * active until every thread leaves the context, which ours never does here, so the watchdog
   * asks for a short wait and the interrupt lapses; we hold back until it has, so it cannot
   * hit the caller's JS.
   */
  @HostAccess.Export
  public Object callWithTimeout(Value fn, double ms) {
    Context context = runtime.context();
    CountDownLatch lapsed = new CountDownLatch(1);
    Object lock = new Object();
    boolean[] state = new boolean[2]; // [0]: fn returned, [1]: interrupt started
    Thread watchdog = Thread.ofVirtual().unstarted(() -> {
      try {
        Thread.sleep(Math.max(1L, (long) ms));
        synchronized (lock) {
          if (state[0]) return;
          state[1] = true;
        }
        context.interrupt(Duration.ofMillis(20));
      } catch (InterruptedException e) {
        // cancelled: fn returned in time
      } catch (TimeoutException | RuntimeException e) {
        // the expected end: our thread never leaves the context
      } finally {
        lapsed.countDown();
      }
    });
    watchdog.start();
    try {
      Value result = fn.execute();
      boolean interrupting;
      synchronized (lock) {
        state[0] = true;
        interrupting = state[1];
      }
      if (interrupting) awaitQuietly(lapsed);
      else watchdog.interrupt();
      return result;
    } catch (PolyglotException e) {
      boolean interrupting;
      synchronized (lock) {
        state[0] = true;
        interrupting = state[1];
      }
      if (!interrupting) {
        watchdog.interrupt();
        throw e;
      }
      awaitQuietly(lapsed);
      if (e.isInterrupted()) return TIMED_OUT;
      throw e;
    }
  }

  /**
   * Waits for the interrupt to lapse. Truffle also interrupts the Java thread to wake it from
   * blocking calls; that flag is the interrupt's, not anyone else's, so it is cleared here
   * (left set, the event loop's next wait would end the runtime).
   */
  private static void awaitQuietly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        // the interrupt's own wake-up; keep waiting
      }
    }
    Thread.interrupted();
  }

  /** Compiles {@code code} as an ES module without running it; throws its SyntaxError (--check). */
  @HostAccess.Export
  public void checkModule(String code, String filename) {
    runtime.context().parse(Source.newBuilder("js", code, filename).mimeType("application/javascript+module").buildLiteral());
  }

  /** Runs {@code code} as a script in the global scope (-e, -p, vm.runInThisContext). */
  @HostAccess.Export
  public Value runScript(String code, String filename) {
    return runtime.context().eval(Source.newBuilder("js", code, filename).buildLiteral());
  }
}
