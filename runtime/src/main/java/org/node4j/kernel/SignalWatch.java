package org.node4j.kernel;

import java.util.function.IntConsumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * One watched POSIX signal: while started, each delivery goes to a consumer (which must hand it
 * to the event loop; it runs on the JVM's signal thread). Stopping puts back the handler that
 * was there before, so the signal's default action (or the JVM's shutdown) applies again, as
 * Node restores SIG_DFL when the last listener goes.
 */
public final class SignalWatch {
  private final Signal signal;
  private final SignalHandler previous;

  private SignalWatch(Signal signal, SignalHandler previous) {
    this.signal = signal;
    this.previous = previous;
  }

  /** Starts watching {@code name} (without "SIG"); empty when the JVM or OS does not allow it. */
  public static SignalWatch start(String name, IntConsumer onSignal) {
    try {
      Signal s = new Signal(name);
      SignalHandler prev = Signal.handle(s, sig -> onSignal.accept(sig.getNumber()));
      return new SignalWatch(s, prev);
    } catch (IllegalArgumentException e) { // SIGKILL, SIGSTOP, or one the JVM reserves (SIGQUIT)
      return null;
    }
  }

  public void stop() {
    Signal.handle(signal, previous);
  }
}
