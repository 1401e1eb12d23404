package org.node4j.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * libuv's thread pool: blocking work (fs, dns.lookup, crypto, zlib) runs here, never on the
 * JS thread. Each operation is written once and run either inline (the sync API) or here
 * with its completion posted back to the loop (the async API).
 */
public final class BlockingPool {
  /** A blocking operation: {@link #perform()} may block and never touches JS. */
  @FunctionalInterface
  public interface Action<T> {
    T perform() throws Exception;
  }

  private final EventLoop loop;
  private final int size;
  private ExecutorService executor;

  BlockingPool(EventLoop loop, int size) {
    this.loop = loop;
    this.size = size;
  }

  /** Runs the action on the pool; {@code done} runs later on the JS thread with the result or error. */
  public <T> void submit(Action<T> action, Consumer<Outcome<T>> done) {
    loop.beginRequest();
    executor().execute(() -> {
      Outcome<T> outcome;
      try {
        outcome = Outcome.ok(action.perform());
      } catch (Exception e) {
        outcome = Outcome.failed(e);
      }
      Outcome<T> result = outcome;
      loop.completeRequest(() -> done.accept(result));
    });
  }

  private synchronized ExecutorService executor() {
    if (executor == null) {
      AtomicInteger n = new AtomicInteger();
      ThreadFactory tf = r -> {
        Thread t = new Thread(r, "node4j-pool-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
      executor = Executors.newFixedThreadPool(size, tf);
    }
    return executor;
  }

  synchronized void shutdown() {
    if (executor != null) executor.shutdownNow();
  }

  /** The result of an action: a value or the exception it threw. */
  public record Outcome<T>(T value, Exception error) {
    static <T> Outcome<T> ok(T value) {
      return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failed(Exception e) {
      return new Outcome<>(null, e);
    }
  }
}
