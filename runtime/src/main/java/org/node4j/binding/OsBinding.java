package org.node4j.binding;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.node4j.kernel.Errno;
import org.node4j.kernel.Libc;
import org.node4j.kernel.os.OsInfo;
import org.node4j.runtime.NodeRuntime;

/** Node's {@code os} binding: host facts for lib/os.js, flattened into arrays JS reads cheaply. */
public final class OsBinding {
  OsBinding(NodeRuntime runtime) {}

  /** [sysname, nodename, release, version, machine]. */
  @HostAccess.Export
  public Object[] uname() {
    return OsInfo.uname();
  }

  @HostAccess.Export
  public double getUptime() {
    return OsInfo.uptime();
  }

  @HostAccess.Export
  public double[] getLoadAvg() {
    return OsInfo.loadavg();
  }

  @HostAccess.Export
  public double getTotalMem() {
    return OsInfo.meminfo("MemTotal");
  }

  @HostAccess.Export
  public double getFreeMem() {
    return OsInfo.meminfo("MemAvailable");
  }

  @HostAccess.Export
  public int getAvailableParallelism() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Seven values per CPU: model, speed, user, nice, sys, idle, irq. */
  @HostAccess.Export
  public Object[] getCPUs() {
    List<Object> flat = new ArrayList<>();
    for (Object[] row : OsInfo.cpus()) for (Object o : row) flat.add(o);
    return flat.toArray();
  }

  /** Eight values per address: name, address, netmask, family, mac, internal, prefix, scopeid. */
  @HostAccess.Export
  public Object[] getInterfaceAddresses() {
    List<Object> flat = new ArrayList<>();
    for (Object[] row : OsInfo.interfaces()) for (Object o : row) flat.add(o);
    return flat.toArray();
  }

  /** [uid, gid, username, homedir, shell] of this process's user, or null. */
  @HostAccess.Export
  public Object[] getUserInfo() {
    int uid = Libc.getuid();
    String[] pw = OsInfo.passwd(uid);
    if (pw == null) return null;
    return new Object[] {uid, Libc.getgid(), pw[0], pw[1], pw[2]};
  }

  /** [errno name or null, errno description, priority]. */
  @HostAccess.Export
  public Object[] getPriority(int pid) {
    int[] r = OsInfo.getPriority(pid);
    if (r[0] != 0) return errno(r[0], 0);
    return new Object[] {null, null, r[1]};
  }

  /** [errno name or null, errno description]. */
  @HostAccess.Export
  public Object[] setPriority(int pid, int priority) {
    int e = OsInfo.setPriority(pid, priority);
    return e == 0 ? new Object[] {null, null, 0} : errno(e, 0);
  }

  private static Object[] errno(int number, int value) {
    for (Errno e : Errno.values()) {
      if (e.number == number) return new Object[] {e.name(), e.description, -number};
    }
    return new Object[] {"UNKNOWN", "unknown error", -number};
  }
}
