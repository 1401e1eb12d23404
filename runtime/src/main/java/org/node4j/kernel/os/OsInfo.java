package org.node4j.kernel.os;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the os module reports, read the way libuv does on Linux: uname(2), /proc files,
 * getpriority/setpriority(2), /etc/passwd, and the JDK's view of network interfaces.
 */
public final class OsInfo {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle UNAME = LINKER.downcallHandle(LINKER.defaultLookup().find("uname").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
  private static final MethodHandle GETPRIORITY = LINKER.downcallHandle(
      LINKER.defaultLookup().find("getpriority").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
      Linker.Option.captureCallState("errno"));
  private static final MethodHandle SETPRIORITY = LINKER.downcallHandle(
      LINKER.defaultLookup().find("setpriority").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
      Linker.Option.captureCallState("errno"));
  private static final int UTS_FIELD = 65; // Linux: each utsname field is char[65]
  private static final int PRIO_PROCESS = 0;

  private OsInfo() {}

  /** uname(2): sysname, nodename, release, version, machine. */
  public static String[] uname() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(UTS_FIELD * 6L);
      int rc = (int) UNAME.invokeExact(buf);
      if (rc != 0) return new String[] {"Linux", "localhost", "", "", ""};
      String[] out = new String[5];
      for (int i = 0; i < 5; i++) out[i] = buf.getString(i * (long) UTS_FIELD, StandardCharsets.UTF_8);
      return out;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** {errno, priority}: errno 0 on success. getpriority may legitimately return -1, so errno decides. */
  public static int[] getPriority(int pid) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      ERRNO.set(state, 0L, 0);
      int r = (int) GETPRIORITY.invokeExact(state, PRIO_PROCESS, pid);
      int errno = r == -1 ? (int) ERRNO.get(state, 0L) : 0;
      return new int[] {errno, r};
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** setpriority(2); returns 0 or the errno. */
  public static int setPriority(int pid, int priority) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      int r = (int) SETPRIORITY.invokeExact(state, PRIO_PROCESS, pid, priority);
      return r == 0 ? 0 : (int) ERRNO.get(state, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Seconds since boot, from /proc/uptime. */
  public static double uptime() {
    String s = read("/proc/uptime").trim();
    if (s.isEmpty()) return 0;
    return Double.parseDouble(s.split("\\s+")[0]);
  }

  public static double[] loadavg() {
    String[] p = read("/proc/loadavg").trim().split("\\s+");
    double[] out = new double[3];
    for (int i = 0; i < 3 && i < p.length; i++) {
      try {
        out[i] = Double.parseDouble(p[i]);
      } catch (NumberFormatException ignored) {
        // stays 0
      }
    }
    return out;
  }

  /** A /proc/meminfo value in bytes (the file says kB), or -1. */
  public static double meminfo(String key) {
    for (String line : read("/proc/meminfo").split("\n")) {
      if (line.startsWith(key + ":")) {
        String[] p = line.substring(key.length() + 1).trim().split("\\s+");
        return Double.parseDouble(p[0]) * 1024;
      }
    }
    return -1;
  }

  /**
   * One row per CPU: model, speed (MHz, from cpufreq like libuv, else 0), and user, nice, sys,
   * idle, irq times in milliseconds (/proc/stat counts USER_HZ = 100 ticks a second).
   */
  public static List<Object[]> cpus() {
    List<String> models = new ArrayList<>();
    for (String line : read("/proc/cpuinfo").split("\n")) {
      if (line.startsWith("model name")) {
        int c = line.indexOf(':');
        models.add(c < 0 ? "" : line.substring(c + 1).trim());
      }
    }
    List<Object[]> out = new ArrayList<>();
    for (String line : read("/proc/stat").split("\n")) {
      if (!line.startsWith("cpu") || line.startsWith("cpu ") || line.length() < 4 || !Character.isDigit(line.charAt(3))) continue;
      String[] p = line.trim().split("\\s+");
      int n = Integer.parseInt(p[0].substring(3));
      String model = n < models.size() ? models.get(n) : (models.isEmpty() ? "unknown" : models.get(0));
      long speed = 0;
      String freq = read("/sys/devices/system/cpu/cpu" + n + "/cpufreq/scaling_cur_freq").trim();
      if (!freq.isEmpty()) {
        try {
          speed = Long.parseLong(freq) / 1000;
        } catch (NumberFormatException ignored) {
          // unknown speed
        }
      }
      long user = Long.parseLong(p[1]) * 10;
      long nice = Long.parseLong(p[2]) * 10;
      long sys = Long.parseLong(p[3]) * 10;
      long idle = Long.parseLong(p[4]) * 10;
      long irq = p.length > 6 ? Long.parseLong(p[6]) * 10 : 0;
      out.add(new Object[] {model, (double) speed, (double) user, (double) nice, (double) sys, (double) idle, (double) irq});
    }
    return out;
  }

  /** /etc/passwd's {username, homedir, shell} for uid, or null. */
  public static String[] passwd(int uid) {
    for (String line : read("/etc/passwd").split("\n")) {
      String[] f = line.split(":", -1);
      if (f.length >= 7 && f[2].equals(Integer.toString(uid))) return new String[] {f[0], f[5], f[6]};
    }
    return null;
  }

  /**
   * One row per address of every up interface: name, address, netmask, family, mac, internal,
   * prefix length, scope id (-1 for IPv4). IPv4 rows come before IPv6 rows of an interface.
   */
  public static List<Object[]> interfaces() {
    List<Object[]> out = new ArrayList<>();
    List<NetworkInterface> list;
    try {
      list = Collections.list(NetworkInterface.getNetworkInterfaces());
    } catch (SocketException e) {
      return out;
    }
    list.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
    for (NetworkInterface ni : list) {
      try {
        if (!ni.isUp()) continue;
        String mac = formatMac(ni.getHardwareAddress());
        boolean internal = ni.isLoopback();
        List<InterfaceAddress> addrs = new ArrayList<>(ni.getInterfaceAddresses());
        // getifaddrs order as seen on Linux: IPv4, then global IPv6, then link-local IPv6.
        addrs.sort((a, b) -> Integer.compare(rank(a.getAddress()), rank(b.getAddress())));
        for (InterfaceAddress ia : addrs) {
          InetAddress a = ia.getAddress();
          boolean v6 = a instanceof Inet6Address;
          String addr = a.getHostAddress();
          int pct = addr.indexOf('%');
          if (pct >= 0) addr = addr.substring(0, pct);
          if (v6) addr = compressV6(a.getAddress());
          int prefix = ia.getNetworkPrefixLength();
          // sin6_scope_id is only set for link-local addresses; Java reports the index for all.
          int scope = v6 ? (a.isLinkLocalAddress() ? ((Inet6Address) a).getScopeId() : 0) : -1;
          out.add(new Object[] {ni.getName(), addr, netmask(prefix, v6), v6 ? "IPv6" : "IPv4", mac, internal,
              prefix, scope});
        }
      } catch (SocketException ignored) {
        // an interface that vanished while we looked
      }
    }
    return out;
  }

  private static int rank(InetAddress a) {
    if (!(a instanceof Inet6Address)) return 0;
    return a.isLinkLocalAddress() ? 2 : 1;
  }

  private static String formatMac(byte[] hw) {
    if (hw == null || hw.length != 6) return "00:00:00:00:00:00";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      if (i > 0) sb.append(':');
      sb.append(String.format("%02x", hw[i] & 0xff));
    }
    return sb.toString();
  }

  private static String netmask(int prefix, boolean v6) {
    int bits = v6 ? 128 : 32;
    byte[] b = new byte[bits / 8];
    for (int i = 0; i < prefix && i < bits; i++) b[i / 8] |= (byte) (0x80 >>> (i % 8));
    if (!v6) return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    return compressV6(b);
  }

  /** RFC 5952 text: lower case, the first longest run of 2+ zero groups as "::". */
  static String compressV6(byte[] b) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    int best = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) j++;
      if (j - i > bestLen) {
        best = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == best) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
