package org.node4j.binding;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code v8} binding, answered by the JVM: the JS heap is the Java heap shared by every
 * runtime of the process, so heap statistics are the JVM's.
 */
public final class V8Binding {
  /**
   * [total_heap_size, total_heap_size_executable, total_physical_size, total_available_size,
   * used_heap_size, heap_size_limit, malloced_memory, peak_malloced_memory, external_memory].
   */
  @HostAccess.Export
  public double[] heapStatistics() {
    Runtime rt = Runtime.getRuntime();
    long total = rt.totalMemory();
    long used = total - rt.freeMemory();
    long max = rt.maxMemory();
    MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
    return new double[] {total, 0, total, Math.max(0, max - used), used, max, nonHeap.getUsed(),
        Math.max(nonHeap.getUsed(), nonHeap.getCommitted()), 0};
  }

  /** The JVM's heap pools as [name, size, used, available, committed, …]. */
  @HostAccess.Export
  public Object[] heapSpaces() {
    List<Object> out = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() != MemoryType.HEAP) continue;
      MemoryUsage u = pool.getUsage();
      long max = u.getMax() < 0 ? u.getCommitted() : u.getMax();
      out.add(pool.getName());
      out.add((double) u.getCommitted());
      out.add((double) u.getUsed());
      out.add((double) Math.max(0, max - u.getUsed()));
      out.add((double) u.getCommitted());
    }
    return out.toArray();
  }

  /** A tag that changes with the engine version, as V8's does with V8's. */
  @HostAccess.Export
  public double cachedDataVersionTag() {
    return Integer.toUnsignedLong((NodeRuntime.GRAALJS_VERSION + "/" + NodeRuntime.NODE4J_VERSION).hashCode());
  }
}
