package org.node4j.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where start-up time goes, phase by phase: with NODE4J_TRACE_STARTUP=1 each {@link #mark}
 * prints to stderr the wall time since the JVM started, the process's CPU time (all threads:
 * the JIT's compiler threads too) and the calling thread's CPU time. Off, a mark is one
 * static read. Used to measure start-up (docs/performance.md), never needed by programs.
 */
public final class StartupTrace {
  private static final boolean ON = System.getenv("NODE4J_TRACE_STARTUP") != null;
  private static final long JVM_START_MS = ON ? jvmStartMillis() : 0;

  private StartupTrace() {}

  public static void mark(String phase) {
    if (!ON) return;
    long wall = System.currentTimeMillis() - JVM_START_MS;
    long[] proc = cpuTicks("/proc/self/stat");
    long[] thread = cpuTicks("/proc/thread-self/stat");
    System.err.printf("[startup] %-28s wall %5d ms  cpu %5d ms (user %5d, sys %4d)  this thread %5d ms%n",
        phase, wall, (proc[0] + proc[1]) * 10, proc[0] * 10, proc[1] * 10, (thread[0] + thread[1]) * 10);
  }

  /** At exit: CPU time per live thread (compiler threads, GC, the JS thread), largest first. */
  public static void threads() {
    if (!ON) return;
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          String s = Files.readString(t.resolve("stat"));
          String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
          long[] cpu = cpuTicks(t.resolve("stat").toString());
          rows.add(new String[] {Long.toString((cpu[0] + cpu[1]) * 10), name});
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      return;
    }
    rows.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
    for (String[] r : rows) {
      if (!r[0].equals("0")) System.err.printf("[startup]   thread %-30s %6s ms%n", r[1], r[0]);
    }
  }

  public static boolean enabled() {
    return ON;
  }

  /** The calling thread's CPU time in microseconds (only called when tracing). */
  public static double threadCpuMicros() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1000.0;
  }

  /** One core module loaded (realm.js): inclusive CPU time on the JS thread, nested by depth. */
  public static void module(String id, int depth, double cpuMillis) {
    System.err.printf("[startup] %s%-40s %7.1f ms%n", "  ".repeat(depth), id, cpuMillis);
  }

  /** utime and stime, in clock ticks (1/100 s on Linux), from a /proc stat file. */
  private static long[] cpuTicks(String file) {
    try {
      String s = Files.readString(Path.of(file));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    } catch (IOException | RuntimeException e) {
      return new long[2];
    }
  }

  private static long jvmStartMillis() {
    return ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli())
        .orElse(System.currentTimeMillis());
  }
}
