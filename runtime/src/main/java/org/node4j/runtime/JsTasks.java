package org.node4j.runtime;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.node4j.JsException;

/**
 * Work that Java threads hand to a runtime's JS thread (the embedding API). Each task runs as a
 * macrotask of the poll phase, followed by Node's nextTick and microtask draining; its future
 * completes with what it returned, or with a {@link JsException} carrying the JS stack. When
 * the runtime ends, every task still waiting fails instead of hanging.
 */
public final class JsTasks {
  private final NodeRuntime runtime;
  private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean ended;
  private Value awaitHelper;

  public JsTasks(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /** Runs {@code task} on the JS thread; its result must not be a {@link Value} (it may not leave that thread). */
  public <T> CompletableFuture<T> submit(Function<NodeRuntime, T> task) {
    CompletableFuture<T> future = track(new CompletableFuture<>());
    post(future, () -> future.complete(task.apply(runtime)));
    return future;
  }

  /**
   * Runs {@code task} on the JS thread and settles the future with the value it returns,
   * awaiting it when it is a promise; {@code convert} turns that JS value into Java (on the JS thread).
   */
  public CompletableFuture<Object> submitAwaiting(Function<NodeRuntime, Value> task, Function<Value, Object> convert) {
    CompletableFuture<Object> future = track(new CompletableFuture<>());
    ProxyExecutable thunk = args -> task.apply(runtime);
    ProxyExecutable fulfilled = args -> settle(future, () -> convert.apply(arg(args)));
    ProxyExecutable rejected = args -> {
      future.completeExceptionally(rejection(arg(args)));
      return null;
    };
    // One outermost call that also attaches the handlers: attached after it returned, they
    // would come too late for a promise already rejected (an unhandled rejection).
    post(future, () -> awaitHelper().execute(thunk, fulfilled, rejected));
    return future;
  }

  /** Runs {@code work} as a macrotask; what it throws fails {@code future}, except exits. */
  private void post(CompletableFuture<?> future, Runnable work) {
    runtime.loop().post(() -> {
      try {
        work.run();
      } catch (PolyglotException e) {
        if (e.isExit() || e.isCancelled()) throw e;
        future.completeExceptionally(e.isHostException() ? e.asHostException() : jsException(e));
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
      runtime.calls().drainTicks();
    });
  }

  private Value awaitHelper() {
    if (awaitHelper == null) {
      awaitHelper = runtime.context().eval("js", """
          (thunk, fulfilled, rejected) => {
            const result = thunk();
            if (result !== null && (typeof result === 'object' || typeof result === 'function') &&
                typeof result.then === 'function') {
              result.then(fulfilled, rejected);
            } else {
              fulfilled(result);
            }
          }""");
    }
    return awaitHelper;
  }

  private static Object settle(CompletableFuture<Object> future, java.util.function.Supplier<Object> value) {
    try {
      future.complete(value.get());
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
    return null;
  }

  private static Value arg(Value... args) {
    return args.length > 0 ? args[0] : null;
  }

  private <T> CompletableFuture<T> track(CompletableFuture<T> future) {
    waiting.add(future);
    future.whenComplete((r, e) -> waiting.remove(future));
    if (ended) future.completeExceptionally(new IllegalStateException("node4j: the runtime has ended"));
    return future;
  }

  /** The runtime ended (exit, close, or failure): nothing queued will run any more. */
  public void end() {
    ended = true;
    for (CompletableFuture<?> f : waiting) f.completeExceptionally(new IllegalStateException("node4j: the runtime has ended"));
  }

  static JsException jsException(PolyglotException e) {
    Value guest = e.isGuestException() ? e.getGuestObject() : null;
    if (guest != null) return rejection(guest);
    return new JsException(e.getMessage(), e.getMessage());
  }

  /** A thrown or rejected JS value as a Java exception: Error objects keep their stack. */
  static JsException rejection(Value reason) {
    if (reason != null && reason.hasMembers() && reason.hasMember("stack")) {
      return new JsException(text(reason.getMember("message")), text(reason.getMember("stack")));
    }
    String text = reason == null ? "undefined" : text(reason);
    return new JsException(text, text);
  }

  private static String text(Value v) {
    if (v == null || v.isNull()) return "";
    return v.isString() ? v.asString() : v.toString();
  }
}
