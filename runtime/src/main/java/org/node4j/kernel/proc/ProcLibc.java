package org.node4j.kernel.proc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The libc calls child processes need and java.lang.Process cannot give: posix_spawn with file
 * actions (any fd as any child fd, chdir, closefrom) and attributes (setsid, signal reset),
 * socketpair/pipe for stdio, kill with any signal, waitid/waitpid. Calls return the libc result;
 * failures come back as negative errno values, never exceptions.
 */
final class ProcLibc {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
  private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
  private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
  private static final ValueLayout A = ValueLayout.ADDRESS;

  static final int POSIX_SPAWN_SETSIGDEF = 0x04;
  static final int POSIX_SPAWN_SETSIGMASK = 0x08;
  static final int POSIX_SPAWN_SETSID = 0x80;
  static final int F_GETFL = 3;
  static final int F_SETFL = 4;
  static final int F_DUPFD_CLOEXEC = 1030;
  static final int O_RDONLY = 0;
  static final int O_RDWR = 2;
  static final int O_NONBLOCK = 0x800;
  static final int O_CLOEXEC = 0x80000;
  static final int AF_UNIX = 1;
  static final int SOCK_STREAM = 1;
  static final int SOCK_CLOEXEC = 0x80000;
  static final int P_PID = 1;
  static final int WEXITED = 4;
  static final int WNOHANG = 1;
  static final int WNOWAIT = 0x01000000;
  static final int EINTR = 4;
  static final int CLD_EXITED = 1;

  private static final MethodHandle SPAWN = fn("posix_spawn", FunctionDescriptor.of(I, A, A, A, A, A, A), false);
  private static final MethodHandle FA_INIT = fn("posix_spawn_file_actions_init", FunctionDescriptor.of(I, A), false);
  private static final MethodHandle FA_DESTROY = fn("posix_spawn_file_actions_destroy", FunctionDescriptor.of(I, A), false);
  private static final MethodHandle FA_DUP2 = fn("posix_spawn_file_actions_adddup2", FunctionDescriptor.of(I, A, I, I), false);
  private static final MethodHandle FA_OPEN = fn("posix_spawn_file_actions_addopen", FunctionDescriptor.of(I, A, I, A, I, I), false);
  private static final MethodHandle FA_CHDIR = fn("posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(I, A, A), false);
  private static final MethodHandle FA_CLOSEFROM = fn("posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(I, A, I), false);
  private static final MethodHandle AT_INIT = fn("posix_spawnattr_init", FunctionDescriptor.of(I, A), false);
  private static final MethodHandle AT_DESTROY = fn("posix_spawnattr_destroy", FunctionDescriptor.of(I, A), false);
  private static final MethodHandle AT_FLAGS = fn("posix_spawnattr_setflags", FunctionDescriptor.of(I, A, ValueLayout.JAVA_SHORT), false);
  private static final MethodHandle AT_SIGMASK = fn("posix_spawnattr_setsigmask", FunctionDescriptor.of(I, A, A), false);
  private static final MethodHandle AT_SIGDEF = fn("posix_spawnattr_setsigdefault", FunctionDescriptor.of(I, A, A), false);
  private static final MethodHandle SIGEMPTY = fn("sigemptyset", FunctionDescriptor.of(I, A), false);
  private static final MethodHandle SIGFILL = fn("sigfillset", FunctionDescriptor.of(I, A), false);
  private static final MethodHandle SOCKETPAIR = fn("socketpair", FunctionDescriptor.of(I, I, I, I, A), true);
  private static final MethodHandle PIPE2 = fn("pipe2", FunctionDescriptor.of(I, A, I), true);
  private static final MethodHandle FCNTL = LINKER.downcallHandle(LIBC.find("fcntl").orElseThrow(),
      FunctionDescriptor.of(I, I, I, I), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(2));
  private static final MethodHandle OPEN = LINKER.downcallHandle(LIBC.find("open").orElseThrow(),
      FunctionDescriptor.of(I, A, I, I), CAPTURE_ERRNO, Linker.Option.firstVariadicArg(2));
  private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(I, I), true);
  private static final MethodHandle KILL = fn("kill", FunctionDescriptor.of(I, I, I), true);
  private static final MethodHandle WAITID = fn("waitid", FunctionDescriptor.of(I, I, I, A, I), true);
  private static final MethodHandle WAITPID = fn("waitpid", FunctionDescriptor.of(I, I, A, I), true);
  private static final MethodHandle READ = fn("read", FunctionDescriptor.of(L, I, A, L), true);
  private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(L, I, A, L), true);

  private ProcLibc() {}

  private static MethodHandle fn(String name, FunctionDescriptor d, boolean errno) {
    MemorySegment sym = LIBC.find(name).orElseThrow();
    return errno ? LINKER.downcallHandle(sym, d, CAPTURE_ERRNO) : LINKER.downcallHandle(sym, d);
  }

  /** Native scratch per thread: the errno capture area. */
  private static final ThreadLocal<MemorySegment> ERRNO_AREA =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

  private static int errno() {
    return (int) ERRNO.get(ERRNO_AREA.get(), 0L);
  }

  /** Calls a handle; for the errno-capturing ones the capture area goes first. */
  private static long invoke(MethodHandle h, boolean errno, Object... args) {
    try {
      if (!errno) return ((Number) h.invokeWithArguments(args)).longValue();
      Object[] all = new Object[args.length + 1];
      all[0] = ERRNO_AREA.get();
      System.arraycopy(args, 0, all, 1, args.length);
      return ((Number) h.invokeWithArguments(all)).longValue();
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** rc, or -errno when rc is -1. */
  private static int sys(MethodHandle h, Object... args) {
    long rc = invoke(h, true, args);
    return rc == -1 ? -errno() : (int) rc;
  }

  static int posixSpawn(MemorySegment pid, MemorySegment path, MemorySegment fa, MemorySegment attr,
      MemorySegment argv, MemorySegment envp) {
    return (int) invoke(SPAWN, false, pid, path, fa, attr, argv, envp); // returns an errno itself
  }

  static int faInit(MemorySegment fa) { return (int) invoke(FA_INIT, false, fa); }
  static void faDestroy(MemorySegment fa) { invoke(FA_DESTROY, false, fa); }
  static int faDup2(MemorySegment fa, int from, int to) { return (int) invoke(FA_DUP2, false, fa, from, to); }
  static int faOpen(MemorySegment fa, int fd, MemorySegment path, int flags) {
    return (int) invoke(FA_OPEN, false, fa, fd, path, flags, 0);
  }
  static int faChdir(MemorySegment fa, MemorySegment dir) { return (int) invoke(FA_CHDIR, false, fa, dir); }
  static int faCloseFrom(MemorySegment fa, int from) { return (int) invoke(FA_CLOSEFROM, false, fa, from); }
  static int attrInit(MemorySegment at) { return (int) invoke(AT_INIT, false, at); }
  static void attrDestroy(MemorySegment at) { invoke(AT_DESTROY, false, at); }
  static int attrFlags(MemorySegment at, int flags) { return (int) invoke(AT_FLAGS, false, at, (short) flags); }
  static int attrSigmask(MemorySegment at, MemorySegment set) { return (int) invoke(AT_SIGMASK, false, at, set); }
  static int attrSigdefault(MemorySegment at, MemorySegment set) { return (int) invoke(AT_SIGDEF, false, at, set); }
  static void sigemptyset(MemorySegment set) { invoke(SIGEMPTY, false, set); }
  static void sigfillset(MemorySegment set) { invoke(SIGFILL, false, set); }

  /** A connected pair of Unix stream sockets (close-on-exec), as libuv makes for stdio pipes; or -errno. */
  static int socketpair(int[] out) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment fds = a.allocate(8);
      int rc = sys(SOCKETPAIR, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
      if (rc < 0) return rc;
      out[0] = fds.get(I, 0);
      out[1] = fds.get(I, 4);
      return 0;
    }
  }

  /** pipe2(O_CLOEXEC): out[0] reads, out[1] writes; or -errno. */
  static int pipe(int[] out) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment fds = a.allocate(8);
      int rc = sys(PIPE2, fds, O_CLOEXEC);
      if (rc < 0) return rc;
      out[0] = fds.get(I, 0);
      out[1] = fds.get(I, 4);
      return 0;
    }
  }

  static int fcntl(int fd, int cmd, int arg) { return sys(FCNTL, fd, cmd, arg); }

  static int setNonBlocking(int fd) {
    int fl = fcntl(fd, F_GETFL, 0);
    return fl < 0 ? fl : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
  }

  static int setBlocking(int fd) {
    int fl = fcntl(fd, F_GETFL, 0);
    return fl < 0 ? fl : fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
  }

  static int open(MemorySegment path, int flags) { return sys(OPEN, path, flags, 0); }

  static int close(int fd) { return sys(CLOSE, fd); }

  static int kill(int pid, int sig) { return sys(KILL, pid, sig); }

  /**
   * Blocks until {@code pid} has exited, without reaping it (WNOWAIT), so its pid cannot be
   * reused before the owner reaps it. Returns {code, signal} or null on an error.
   */
  static int[] awaitExit(int pid) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment info = a.allocate(128, 8);
      while (true) {
        int rc = sys(WAITID, P_PID, pid, info, WEXITED | WNOWAIT);
        if (rc == 0) return decodeSiginfo(info);
        if (rc != -EINTR) return null;
      }
    }
  }

  private static int[] decodeSiginfo(MemorySegment info) {
    int code = info.get(I, 8);
    int status = info.get(I, 24);
    return code == CLD_EXITED ? new int[] {status, 0} : new int[] {0, status};
  }

  /** Reaps {@code pid} (already known to have exited): {code, signal}, or null when it was reaped already. */
  static int[] reap(int pid, boolean block) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(4);
      while (true) {
        int rc = sys(WAITPID, pid, st, block ? 0 : WNOHANG);
        if (rc == pid) {
          int s = st.get(I, 0);
          return (s & 0x7f) == 0 ? new int[] {(s >> 8) & 0xff, 0} : new int[] {0, s & 0x7f};
        }
        if (rc != -EINTR) return null;
      }
    }
  }

  /** read(2) into {@code buf}: bytes read, 0 at EOF, or -errno. */
  static long read(int fd, MemorySegment buf) {
    long rc = invoke(READ, true, fd, buf, buf.byteSize());
    return rc == -1 ? -errno() : rc;
  }

  static long write(int fd, MemorySegment buf, long len) {
    long rc = invoke(WRITE, true, fd, buf, len);
    return rc == -1 ? -errno() : rc;
  }
}
