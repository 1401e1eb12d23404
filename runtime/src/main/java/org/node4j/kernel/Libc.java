package org.node4j.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** The few libc calls Node semantics need and the JDK lacks (umask, ids, kill, isatty, rusage). */
public final class Libc {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final MethodHandle UMASK = fn("umask", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final MethodHandle GETUID = fn("getuid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
  private static final MethodHandle GETEUID = fn("geteuid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
  private static final MethodHandle GETGID = fn("getgid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
  private static final MethodHandle GETEGID = fn("getegid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
  private static final MethodHandle GETPPID = fn("getppid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
  private static final MethodHandle KILL = fn("kill", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final MethodHandle ISATTY = fn("isatty", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
  private static final MethodHandle GETRUSAGE = fn("getrusage", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
  private static final MethodHandle IOCTL = LINKER.downcallHandle(LIBC.find("ioctl").orElseThrow(),
      FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
      Linker.Option.firstVariadicArg(2));
  private static final long TIOCGWINSZ = 0x5413;

  private Libc() {}

  private static MethodHandle fn(String name, FunctionDescriptor d) {
    return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), d);
  }

  private static int call(MethodHandle h, Object... args) {
    try {
      return (int) h.invokeWithArguments(args);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  public static int umask(int mask) { return call(UMASK, mask); }
  public static int getuid() { return call(GETUID); }
  public static int geteuid() { return call(GETEUID); }
  public static int getgid() { return call(GETGID); }
  public static int getegid() { return call(GETEGID); }
  public static int getppid() { return call(GETPPID); }
  public static boolean isatty(int fd) { return call(ISATTY, fd) == 1; }

  /** kill(2); returns 0 or the errno-style negative code -1 (errno itself is not read here). */
  public static int kill(int pid, int sig) { return call(KILL, pid, sig); }

  /** Terminal size as {columns, rows}, or null when fd is not a terminal. */
  public static int[] windowSize(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment ws = arena.allocate(8);
      int rc = call(IOCTL, fd, TIOCGWINSZ, ws);
      if (rc != 0) return null;
      int rows = Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 0));
      int cols = Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 2));
      return new int[] {cols, rows};
    }
  }

  /**
   * getrusage(RUSAGE_SELF) as Node's process.resourceUsage() fields, times in microseconds:
   * utime, stime, maxrss(KiB), ixrss, idrss, isrss, minflt, majflt, nswap, inblock, oublock,
   * msgsnd, msgrcv, nsignals, nvcsw, nivcsw.
   */
  public static long[] rusage() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment ru = arena.allocate(144);
      call(GETRUSAGE, 0, ru);
      long[] out = new long[16];
      out[0] = ru.get(ValueLayout.JAVA_LONG, 0) * 1_000_000L + ru.get(ValueLayout.JAVA_LONG, 8);
      out[1] = ru.get(ValueLayout.JAVA_LONG, 16) * 1_000_000L + ru.get(ValueLayout.JAVA_LONG, 24);
      for (int i = 2; i < 16; i++) out[i] = ru.get(ValueLayout.JAVA_LONG, 32 + (i - 2) * 8L);
      return out;
    }
  }
}
