package org.node4j.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * libuv's loop for one runtime, run on its JS thread: timers, pending, poll, check, close.
 * JS owns the timer and immediate queues (lib/internal/timers.js); the loop only knows the
 * next timer deadline and whether immediates are queued. Other threads never touch JS: they
 * {@link #post} completions, which the poll phase runs on this thread.
 */
public final class EventLoop {
  /** What the loop calls back into JS for; implemented by the runtime. */
  public interface Phases {
    /** Runs expired timers; returns the next expiry (loop ms): positive ref'd, negative unref'd, 0 none. */
    long runTimers(long now);

    void runImmediates();

    /** Runs a completion from another thread on the JS thread, with tick and microtask draining. */
    void runCompletion(Completion c);
  }

  private final long startNanos = System.nanoTime();
  private final LinkedBlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
  private final ArrayDeque<Completion> pending = new ArrayDeque<>();
  private final ArrayDeque<Completion> closing = new ArrayDeque<>();
  /** Requests in flight on other threads (fs ops, dns, …): each keeps the loop alive. */
  private final AtomicInteger pendingRequests = new AtomicInteger();
  private int refHandles;
  private long timerDeadline; // 0 = none
  private boolean timerRef = true;
  private int immediateCount;
  private int immediateRefCount;
  private volatile boolean stopped;
  private long now;
  private Runnable idleWatcher; // see keepAlive

  public EventLoop() {
    updateTime();
  }

  /** Loop time in ms, cached per iteration like uv_now. */
  public long now() {
    return now;
  }

  public long updateTime() {
    return now = (System.nanoTime() - startNanos) / 1_000_000L;
  }

  public long hrtimeNanos() {
    return System.nanoTime() - startNanos;
  }

  // ---- state that JS reports ----
  public void scheduleTimer(long durationMs) {
    timerDeadline = now + Math.max(1, durationMs);
  }

  public void setTimerRef(boolean ref) {
    timerRef = ref;
  }

  public void setImmediateCounts(int count, int refCount) {
    immediateCount = count;
    immediateRefCount = refCount;
  }

  public void ref() {
    refHandles++;
  }

  public void unref() {
    refHandles--;
  }

  // ---- cross-thread door ----
  /** Marks a request in flight; call {@link #post} with its completion exactly once later. */
  public void beginRequest() {
    pendingRequests.incrementAndGet();
  }

  /** Posts the completion of a request begun with {@link #beginRequest}. Any thread. */
  public void completeRequest(Completion c) {
    completions.add(() -> {
      pendingRequests.decrementAndGet();
      c.run();
    });
  }

  /** Posts work for a ref'd handle (socket data, signal, …). Any thread. */
  public void post(Completion c) {
    completions.add(c);
  }

  /** Defers a callback to the pending phase of the next iteration (JS thread). */
  public void defer(Completion c) {
    pending.add(c);
  }

  /** Queues a close callback for the close phase (JS thread). */
  public void onClose(Completion c) {
    closing.add(c);
  }

  public void stop() {
    stopped = true;
    completions.add(() -> {});
  }

  public boolean alive() {
    return !stopped && (idleWatcher != null || aliveOtherwise());
  }

  private boolean aliveOtherwise() {
    return refHandles > 0 || pendingRequests.get() > 0 || immediateRefCount > 0
        || (timerDeadline != 0 && timerRef) || !pending.isEmpty() || !closing.isEmpty();
  }

  /**
   * Keeps the loop alive with no handle of its own, for a runtime that serves requests other
   * threads post (the module hooks thread). {@code onIdle} runs on this thread whenever nothing
   * but such a post could wake the loop again, so work still waiting then can never finish.
   */
  public void keepAlive(Runnable onIdle) {
    idleWatcher = onIdle;
  }

  /** Runs until nothing ref'd is left (or stop()). One call is one uv_run(DEFAULT). */
  public void run(Phases js) throws InterruptedException {
    while (alive()) {
      updateTime();
      runTimers(js);
      runPending(js);
      poll(js);
      if (stopped) return;
      if (immediateCount > 0) js.runImmediates();
      runClosing(js);
    }
  }

  private void runTimers(Phases js) {
    if (timerDeadline != 0 && now >= timerDeadline) {
      timerDeadline = 0;
      long next = js.runTimers(now);
      if (next != 0) {
        timerDeadline = Math.abs(next);
        timerRef = next > 0;
      }
    }
  }

  private void runPending(Phases js) {
    for (int n = pending.size(); n > 0 && !stopped; n--) js.runCompletion(pending.poll());
  }

  private void runClosing(Phases js) {
    for (int n = closing.size(); n > 0 && !stopped; n--) js.runCompletion(closing.poll());
  }

  private void poll(Phases js) throws InterruptedException {
    long timeout = pollTimeout();
    if (timeout != 0 && idleWatcher != null && completions.isEmpty() && !aliveOtherwise()) idleWatcher.run();
    Completion c = timeout == 0 ? completions.poll() : completions.poll(timeout, TimeUnit.MILLISECONDS);
    // Like libuv, bound the work of one poll phase so timers and immediates are not starved.
    for (int budget = 1024; c != null && !stopped; budget--) {
      js.runCompletion(c);
      if (budget == 0) break;
      c = completions.poll();
    }
    updateTime();
  }

  private long pollTimeout() {
    if (immediateCount > 0 || !pending.isEmpty() || !closing.isEmpty() || stopped) return 0;
    if (!alive()) return 0;
    if (timerDeadline != 0) return Math.max(0, timerDeadline - updateTime());
    return Long.MAX_VALUE / 2; // until a completion arrives
  }
}
