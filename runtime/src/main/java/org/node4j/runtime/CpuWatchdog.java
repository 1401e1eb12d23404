package org.node4j.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Watches one thread's CPU time and calls {@code onExceeded} once it passes a limit: the
 * embedding API's CPU budget for a runtime (its JS thread; pool threads are not counted).
 */
final class CpuWatchdog {
  private static final long POLL_MILLIS = 10;

  private CpuWatchdog() {}

  static Thread start(Thread watched, long limitNanos, Runnable onExceeded) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long id = watched.threadId();
    long start = mx.getThreadCpuTime(id);
    return Thread.ofVirtual().name("node4j-cpu-watchdog").start(() -> {
      try {
        while (true) {
          Thread.sleep(POLL_MILLIS);
          long now = mx.getThreadCpuTime(id);
          if (now < 0) return; // the thread has ended
          if (now - start > limitNanos) {
            onExceeded.run();
            return;
          }
        }
      } catch (InterruptedException e) {
        // the run ended first
      }
    });
  }
}
