package org.node4j.binding;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.node4j.kernel.Errno;
import org.node4j.kernel.Libc;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/** Node's {@code process_methods} binding, plus the start-up facts process.* is built from. */
public final class ProcessMethodsBinding {
  private final NodeRuntime runtime;
  private final RuntimeOptions options;

  ProcessMethodsBinding(NodeRuntime runtime) {
    this.runtime = runtime;
    this.options = runtime.options();
  }

  @HostAccess.Export public String execPath() { return options.execPath(); }
  @HostAccess.Export public String argv0() { return options.argv0(); }
  @HostAccess.Export public List<String> execArgv() { return options.execArgv(); }
  @HostAccess.Export public List<String> argv() { return options.argv(); }
  @HostAccess.Export public String mainKind() { return options.mainKind().name().toLowerCase(); }
  @HostAccess.Export public String main() { return options.main(); }
  @HostAccess.Export public List<String> preloadModules() { return options.preloadModules(); }
  /**
   * --run: runs a package.json script with /bin/sh in {@code cwd}, sharing our stdio, and
   * returns its exit status. Blocks the JS thread, which has nothing else to do then.
   * {@code env} is NAME=value entries separated by NUL.
   */
  @HostAccess.Export
  public int runShell(String command, String cwd, String env) throws java.io.IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).directory(new java.io.File(cwd)).inheritIO();
    Map<String, String> e = pb.environment();
    e.clear();
    for (String entry : env.split("\0")) {
      int eq = entry.indexOf('=');
      if (eq > 0) e.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
    return pb.start().waitFor();
  }

  @HostAccess.Export public String nodeVersion() { return NodeRuntime.NODE_VERSION; }
  @HostAccess.Export public String node4jVersion() { return NodeRuntime.NODE4J_VERSION; }
  @HostAccess.Export public String graalVersion() { return NodeRuntime.GRAALJS_VERSION; }
  @HostAccess.Export public boolean jitEnabled() { return runtime.sharedEngine().jitEnabled(); }
  @HostAccess.Export public int pid() { return (int) ProcessHandle.current().pid(); }
  @HostAccess.Export public int ppid() { return Libc.getppid(); }
  @HostAccess.Export public int getuid() { return Libc.getuid(); }
  @HostAccess.Export public int geteuid() { return Libc.geteuid(); }
  @HostAccess.Export public int getgid() { return Libc.getgid(); }
  @HostAccess.Export public int getegid() { return Libc.getegid(); }
  @HostAccess.Export public String arch() { return nodeArch(System.getProperty("os.arch")); }

  /** [key, value, key, value, …] of the environment the runtime starts with. */
  @HostAccess.Export
  public String[] env() {
    Map<String, String> env = options.env();
    String[] out = new String[env.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : env.entrySet()) {
      out[i++] = e.getKey();
      out[i++] = e.getValue();
    }
    return out;
  }

  @HostAccess.Export
  public String cwd() {
    return runtime.processState().cwd().toString();
  }

  /** chdir; returns null or the errno name (JS builds Node's error). */
  @HostAccess.Export
  public String chdir(String dir) {
    Path target = runtime.processState().resolve(dir);
    if (!Files.exists(target)) return Errno.ENOENT.name();
    if (!Files.isDirectory(target)) return Errno.ENOTDIR.name();
    if (!Files.isExecutable(target)) return Errno.EACCES.name();
    runtime.processState().chdir(target);
    return null;
  }

  @HostAccess.Export
  public int umask(int mask) {
    return Libc.umask(mask);
  }

  /** Current umask without changing it. */
  @HostAccess.Export
  public int getUmask() {
    int old = Libc.umask(0);
    Libc.umask(old);
    return old;
  }

  /** Nanoseconds since the loop started (monotonic), as a double (exact below 2^53 ns ≈ 104 days). */
  @HostAccess.Export
  public double hrtime() {
    return runtime.loop().hrtimeNanos() + HRTIME_BASE;
  }

  // hrtime is relative to an arbitrary past point in Node too; start well above zero like a
  // machine's uptime clock so [s, ns] looks like Node's.
  private static final long HRTIME_BASE = System.nanoTime() & 0x0000_3FFF_FFFF_FFFFL;

  @HostAccess.Export
  public double uptime() {
    return runtime.loop().hrtimeNanos() / 1e9;
  }

  /** [rss, heapTotal, heapUsed, external, arrayBuffers] in bytes. */
  @HostAccess.Export
  public double[] memoryUsage() {
    Runtime rt = Runtime.getRuntime();
    long heapTotal = rt.totalMemory();
    long heapUsed = heapTotal - rt.freeMemory();
    return new double[] {rss(), heapTotal, heapUsed, 0, 0};
  }

  @HostAccess.Export
  public double rss() {
    try {
      String statm = Files.readString(Path.of("/proc/self/statm"));
      long pages = Long.parseLong(statm.split(" ")[1]);
      return pages * 4096.0;
    } catch (Exception e) {
      return Runtime.getRuntime().totalMemory();
    }
  }

  /** getrusage fields; see {@link Libc#rusage()}. */
  @HostAccess.Export
  public double[] resourceUsage() {
    long[] r = Libc.rusage();
    double[] out = new double[r.length];
    for (int i = 0; i < r.length; i++) out[i] = r[i];
    return out;
  }

  /** kill(2); returns 0 or a negative errno. */
  @HostAccess.Export
  public int kill(int pid, int signal) {
    if (Libc.kill(pid, signal) == 0) return 0;
    return ProcessHandle.of(pid).isPresent() ? Errno.EPERM.uv() : Errno.ESRCH.uv();
  }

  @HostAccess.Export
  public boolean isatty(int fd) {
    return switch (fd) {
      case 0 -> options.stdinIsTty();
      case 1 -> options.stdoutIsTty();
      case 2 -> options.stderrIsTty();
      default -> false;
    };
  }

  /** [columns, rows] of the terminal on fd, or null. */
  @HostAccess.Export
  public int[] windowSize(int fd) {
    return isatty(fd) ? Libc.windowSize(fd) : null;
  }

  @HostAccess.Export
  public double jvmUptimeMs() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  static String nodeArch(String osArch) {
    return switch (osArch) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64" -> "arm64";
      case "x86", "i386" -> "ia32";
      default -> osArch;
    };
  }
}
