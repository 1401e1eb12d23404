package org.node4j.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Every call from Java into JS goes through here, so Node's ordering holds after each one:
 * GraalJS drains promise jobs when the outermost call returns, and we run the nextTick
 * queue (and pending rejections) inside a call, re-entering while ticks remain — which gives
 * Node's "all ticks, then all microtasks, repeat".
 */
public final class JsCalls {
  // tickInfo slots, shared zero-copy with lib/internal/process/task_queues.js
  private static final int HAS_TICK_SCHEDULED = 0;
  private static final int HAS_REJECTION_TO_WARN = 1;

  final ByteBuffer tickInfo = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
  private Value invokeCallback;
  private Value processTicksAndRejections;
  private Value runNextTimer;
  private Value nextTimerExpiry;
  private Value startImmediates;
  private Value runNextImmediate;
  private Value emitBeforeExit;
  private Value emitExit;
  private Value triggerUncaughtException;

  void bind(Value hooks) {
    invokeCallback = hooks.getMember("invokeCallback");
    processTicksAndRejections = hooks.getMember("processTicksAndRejections");
    runNextTimer = hooks.getMember("runNextTimer");
    nextTimerExpiry = hooks.getMember("nextTimerExpiry");
    startImmediates = hooks.getMember("startImmediates");
    runNextImmediate = hooks.getMember("runNextImmediate");
    emitBeforeExit = hooks.getMember("emitBeforeExit");
    emitExit = hooks.getMember("emitExit");
    triggerUncaughtException = hooks.getMember("triggerUncaughtException");
  }

  /** Calls a JS function as a macrotask callback: errors go to uncaughtException, then ticks drain. */
  public Value callback(Value fn, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = fn;
    System.arraycopy(args, 0, all, 1, args.length);
    return call(invokeCallback, all);
  }

  /** Runs one outermost call, then the tick queue until nothing is left. */
  Value call(Value fn, Object... args) {
    Value result = guard(fn, args);
    drainTicks();
    return result;
  }

  void drainTicks() {
    while (tickInfo.getInt(HAS_TICK_SCHEDULED * 4) != 0 || tickInfo.getInt(HAS_REJECTION_TO_WARN * 4) != 0) {
      guard(processTicksAndRejections);
    }
  }

  private Value guard(Value fn, Object... args) {
    try {
      return fn.execute(args);
    } catch (PolyglotException e) {
      if (e.isExit()) throw new ProcessExit(e.getExitStatus());
      if (e.isCancelled() || e.isInterrupted()) throw e;
      // An error our JS wrappers did not catch (an internal bug, or a stack overflow):
      // report it as Node reports any uncaught error.
      Value guestError = e.getGuestObject();
      try {
        triggerUncaughtException.execute(guestError != null ? guestError : e.getMessage());
      } catch (PolyglotException again) {
        if (again.isExit()) throw new ProcessExit(again.getExitStatus());
        throw again;
      }
      return null;
    }
  }

  long runTimers(long now) {
    while (call(runNextTimer, now).asBoolean()) {
      // one timer per call, so microtasks run between timers as in Node >= 11
    }
    return call(nextTimerExpiry).asLong();
  }

  void runImmediates() {
    call(startImmediates);
    while (call(runNextImmediate).asBoolean()) {
      // one immediate per call, for the same reason
    }
  }

  void emitBeforeExit() {
    call(emitBeforeExit);
  }

  int emitExit() {
    return call(emitExit).asInt();
  }
}
