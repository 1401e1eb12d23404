package org.node4j.pm.util;

import java.lang.management.ManagementFactory;

/**
 * Phase timings on stderr when NPM4J_TIMING is set (used to find where an install spends its
 * time; see bench/pm). Times are milliseconds since the JVM started, with the
 * process's CPU time so far (wall time is meaningless on a loaded machine).
 */
public final class Timing {
  private static final boolean ON = System.getenv("NPM4J_TIMING") != null;

  private Timing() {}

  public static void mark(String phase) {
    if (!ON) return;
    long up = ManagementFactory.getRuntimeMXBean().getUptime();
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    System.err.println("npm4j timing " + up + "ms (cpu " + cpu + "ms) " + phase);
  }
}
