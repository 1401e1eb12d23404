package org.node4j.kernel.fs;

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
import java.nio.charset.StandardCharsets;

/**
 * The libc file calls Node's fs maps onto, one to one, with errno captured. Node semantics
 * need real integer fds (open/read/write/fstat/close, O_* flags, umask, fsync), which
 * java.nio hides, so these go straight to libc through FFM. Every call returns the libc
 * result or throws {@link FsException} carrying errno and the syscall name.
 */
public final class Posix {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

  static final int AT_FDCWD = -100;
  static final int AT_SYMLINK_NOFOLLOW = 0x100;
  static final int AT_EMPTY_PATH = 0x1000;
  private static final int STATX_BASIC_AND_BTIME = 0xfff;
  static final int STATX_BTIME = 0x800;
  static final int PATH_MAX = 4096;

  private static final ValueLayout I = ValueLayout.JAVA_INT;
  private static final ValueLayout L = ValueLayout.JAVA_LONG;
  private static final ValueLayout A = ValueLayout.ADDRESS;

  private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(I, A, I, I), 2);
  private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(I, I));
  private static final MethodHandle READ = fn("read", FunctionDescriptor.of(L, I, A, L));
  private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(L, I, A, L));
  private static final MethodHandle PREAD = fn("pread64", FunctionDescriptor.of(L, I, A, L, L));
  private static final MethodHandle PWRITE = fn("pwrite64", FunctionDescriptor.of(L, I, A, L, L));
  private static final MethodHandle STATX = fn("statx", FunctionDescriptor.of(I, I, A, I, I, A));
  private static final MethodHandle FSYNC = fn("fsync", FunctionDescriptor.of(I, I));
  private static final MethodHandle FDATASYNC = fn("fdatasync", FunctionDescriptor.of(I, I));
  private static final MethodHandle FTRUNCATE = fn("ftruncate64", FunctionDescriptor.of(I, I, L));
  private static final MethodHandle FCHMOD = fn("fchmod", FunctionDescriptor.of(I, I, I));
  private static final MethodHandle FCHMODAT = fn("fchmodat", FunctionDescriptor.of(I, I, A, I, I));
  private static final MethodHandle FCHOWN = fn("fchown", FunctionDescriptor.of(I, I, I, I));
  private static final MethodHandle FCHOWNAT = fn("fchownat", FunctionDescriptor.of(I, I, A, I, I, I));
  private static final MethodHandle UTIMENSAT = fn("utimensat", FunctionDescriptor.of(I, I, A, A, I));
  private static final MethodHandle FUTIMENS = fn("futimens", FunctionDescriptor.of(I, I, A));
  private static final MethodHandle MKDIR = fn("mkdir", FunctionDescriptor.of(I, A, I));
  private static final MethodHandle RMDIR = fn("rmdir", FunctionDescriptor.of(I, A));
  private static final MethodHandle UNLINK = fn("unlink", FunctionDescriptor.of(I, A));
  private static final MethodHandle RENAME = fn("rename", FunctionDescriptor.of(I, A, A));
  private static final MethodHandle LINK = fn("link", FunctionDescriptor.of(I, A, A));
  private static final MethodHandle SYMLINK = fn("symlink", FunctionDescriptor.of(I, A, A));
  private static final MethodHandle READLINK = fn("readlink", FunctionDescriptor.of(L, A, A, L));
  private static final MethodHandle REALPATH = fn("realpath", FunctionDescriptor.of(A, A, A));
  private static final MethodHandle ACCESS = fn("access", FunctionDescriptor.of(I, A, I));
  private static final MethodHandle MKDTEMP = fn("mkdtemp", FunctionDescriptor.of(A, A));
  private static final MethodHandle OPENDIR = fn("opendir", FunctionDescriptor.of(A, A));
  private static final MethodHandle READDIR = fn("readdir64", FunctionDescriptor.of(A, A));
  private static final MethodHandle CLOSEDIR = fn("closedir", FunctionDescriptor.of(I, A));
  // readdir(3) signals errors only through errno, so errno must be zeroed before the call
  private static final MethodHandle ERRNO_LOCATION = LINKER.downcallHandle(
      LIBC.find("__errno_location").orElseThrow(), FunctionDescriptor.of(A));

  private Posix() {}

  private static MethodHandle fn(String name, FunctionDescriptor d) {
    return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), d, CAPTURE_ERRNO);
  }

  private static MethodHandle fn(String name, FunctionDescriptor d, int firstVariadic) {
    return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), d, CAPTURE_ERRNO,
        Linker.Option.firstVariadicArg(firstVariadic));
  }

  /**
   * Per-thread native memory: the errno capture area, two path buffers, a statx buffer and a
   * bounce buffer for bytes. Reused so a hot statSync loop allocates nothing native.
   */
  static final class Scratch {
    final MemorySegment errno;
    final MemorySegment path1;
    final MemorySegment path2;
    final MemorySegment statx;
    final MemorySegment times;
    MemorySegment bytes;

    Scratch() {
      Arena arena = Arena.ofAuto();
      errno = arena.allocate(CAPTURE);
      path1 = arena.allocate(PATH_MAX + 1);
      path2 = arena.allocate(PATH_MAX + 1);
      statx = arena.allocate(256, 8);
      times = arena.allocate(32, 8);
      bytes = arena.allocate(64 * 1024, 16);
    }

    MemorySegment bytes(long n) {
      if (bytes.byteSize() < n) bytes = Arena.ofAuto().allocate(n, 16);
      return bytes;
    }

    int errno() {
      return (int) ERRNO.get(errno, 0L);
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  static Scratch scratch() {
    return SCRATCH.get();
  }

  /** Writes path as a NUL-terminated UTF-8 string into buf (ENAMETOOLONG past PATH_MAX). */
  static MemorySegment cstr(MemorySegment buf, String path, String syscall) throws FsException {
    byte[] b = path.getBytes(StandardCharsets.UTF_8);
    if (b.length > PATH_MAX) throw new FsException(36, syscall);
    MemorySegment.copy(b, 0, buf, ValueLayout.JAVA_BYTE, 0, b.length);
    buf.set(ValueLayout.JAVA_BYTE, b.length, (byte) 0);
    return buf;
  }

  private static int check(int rc, Scratch s, String syscall) throws FsException {
    if (rc < 0) throw new FsException(s.errno(), syscall);
    return rc;
  }

  private static long check(long rc, Scratch s, String syscall) throws FsException {
    if (rc < 0) throw new FsException(s.errno(), syscall);
    return rc;
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) return r;
    if (t instanceof Error e) throw e;
    return new IllegalStateException(t);
  }

  public static int open(String path, int flags, int mode) throws FsException {
    Scratch s = scratch();
    MemorySegment p = cstr(s.path1, path, "open");
    int rc;
    try {
      do {
        // O_CLOEXEC as libuv adds it: fds must not leak into child processes
        rc = (int) OPEN.invokeExact(s.errno, p, flags | 0x80000, mode);
      } while (rc < 0 && s.errno() == 4);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return check(rc, s, "open");
  }

  public static void close(int fd) throws FsException {
    Scratch s = scratch();
    int rc;
    try {
      rc = (int) CLOSE.invokeExact(s.errno, fd);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    check(rc, s, "close");
  }

  /** read(2) or pread(2) (position >= 0) into native memory; returns bytes read, 0 at EOF. */
  public static long read(int fd, MemorySegment buf, long len, long position) throws FsException {
    Scratch s = scratch();
    long rc;
    try {
      do {
        rc = position < 0 ? (long) READ.invokeExact(s.errno, fd, buf, len)
            : (long) PREAD.invokeExact(s.errno, fd, buf, len, position);
      } while (rc < 0 && s.errno() == 4);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return check(rc, s, "read");
  }

  /** write(2) or pwrite(2) (position >= 0) from native memory; returns bytes written. */
  public static long write(int fd, MemorySegment buf, long len, long position) throws FsException {
    Scratch s = scratch();
    long rc;
    try {
      do {
        rc = position < 0 ? (long) WRITE.invokeExact(s.errno, fd, buf, len)
            : (long) PWRITE.invokeExact(s.errno, fd, buf, len, position);
      } while (rc < 0 && s.errno() == 4);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    return check(rc, s, "write");
  }

  /** Reads into a Java array through the thread's bounce buffer; returns bytes read. */
  public static int read(int fd, byte[] dst, int off, int len, long position) throws FsException {
    MemorySegment b = scratch().bytes(Math.min(len, 1 << 20));
    int total = 0;
    while (total < len) {
      long chunk = Math.min(len - total, b.byteSize());
      long n = read(fd, b, chunk, position < 0 ? -1 : position + total);
      if (n == 0) break;
      MemorySegment.copy(b, ValueLayout.JAVA_BYTE, 0, dst, off + total, (int) n);
      total += (int) n;
      if (n < chunk) break;
    }
    return total;
  }

  /** Writes a Java array fully (looping over short writes); returns bytes written. */
  public static int write(int fd, byte[] src, int off, int len, long position) throws FsException {
    MemorySegment b = scratch().bytes(Math.min(len, 1 << 20));
    int total = 0;
    while (total < len) {
      int chunk = (int) Math.min(len - total, b.byteSize());
      MemorySegment.copy(src, off + total, b, ValueLayout.JAVA_BYTE, 0, chunk);
      int done = 0;
      while (done < chunk) {
        long n = write(fd, b.asSlice(done), chunk - done, position < 0 ? -1 : position + total + done);
        done += (int) n;
      }
      total += chunk;
    }
    return total;
  }

  /**
   * statx(2) of a path (or of fd when path is null) into out:
   * dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then sec/nsec pairs for
   * atime, mtime, ctime, birthtime (18 longs).
   */
  public static void stat(int fd, String path, boolean follow, long[] out, String syscall) throws FsException {
    Scratch s = scratch();
    MemorySegment p = path == null ? s.path1 : cstr(s.path1, path, syscall);
    if (path == null) p.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
    int flags = path == null ? AT_EMPTY_PATH : (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    int rc;
    try {
      rc = (int) STATX.invokeExact(s.errno, path == null ? fd : AT_FDCWD, p, flags, STATX_BASIC_AND_BTIME, s.statx);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    check(rc, s, syscall);
    MemorySegment b = s.statx;
    int mask = b.get(ValueLayout.JAVA_INT, 0);
    out[0] = makedev(b.get(ValueLayout.JAVA_INT, 136), b.get(ValueLayout.JAVA_INT, 140));
    out[1] = Short.toUnsignedInt(b.get(ValueLayout.JAVA_SHORT, 28));
    out[2] = Integer.toUnsignedLong(b.get(ValueLayout.JAVA_INT, 16));
    out[3] = Integer.toUnsignedLong(b.get(ValueLayout.JAVA_INT, 20));
    out[4] = Integer.toUnsignedLong(b.get(ValueLayout.JAVA_INT, 24));
    out[5] = makedev(b.get(ValueLayout.JAVA_INT, 128), b.get(ValueLayout.JAVA_INT, 132));
    out[6] = Integer.toUnsignedLong(b.get(ValueLayout.JAVA_INT, 4));
    out[7] = b.get(ValueLayout.JAVA_LONG, 32);
    out[8] = b.get(ValueLayout.JAVA_LONG, 40);
    out[9] = b.get(ValueLayout.JAVA_LONG, 48);
    // statx_timestamp {i64 sec; u32 nsec; i32 pad}: atime 64, btime 80, ctime 96, mtime 112
    int[] order = {64, 112, 96, 80};
    for (int i = 0; i < 4; i++) {
      boolean missing = i == 3 && (mask & STATX_BTIME) == 0;
      out[10 + 2 * i] = missing ? 0 : b.get(ValueLayout.JAVA_LONG, order[i]);
      out[11 + 2 * i] = missing ? 0 : Integer.toUnsignedLong(b.get(ValueLayout.JAVA_INT, order[i] + 8));
    }
  }

  private static long makedev(int major, int minor) {
    long ma = Integer.toUnsignedLong(major);
    long mi = Integer.toUnsignedLong(minor);
    return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
  }

  private interface PathCall {
    int call(MemorySegment errno, MemorySegment p) throws Throwable;
  }

  private static void onePath(String path, String syscall, PathCall c) throws FsException {
    Scratch s = scratch();
    MemorySegment p = cstr(s.path1, path, syscall);
    int rc;
    try {
      rc = c.call(s.errno, p);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    check(rc, s, syscall);
  }

  private interface TwoPathCall {
    int call(MemorySegment errno, MemorySegment a, MemorySegment b) throws Throwable;
  }

  private static void twoPaths(String a, String b, String syscall, TwoPathCall c) throws FsException {
    Scratch s = scratch();
    MemorySegment pa = cstr(s.path1, a, syscall);
    MemorySegment pb = cstr(s.path2, b, syscall);
    int rc;
    try {
      rc = c.call(s.errno, pa, pb);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    check(rc, s, syscall);
  }

  private interface FdCall {
    int call(MemorySegment errno) throws Throwable;
  }

  private static void fdCall(String syscall, FdCall c) throws FsException {
    Scratch s = scratch();
    int rc;
    try {
      rc = c.call(s.errno);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    check(rc, s, syscall);
  }

  public static void fsync(int fd) throws FsException {
    fdCall("fsync", e -> (int) FSYNC.invokeExact(e, fd));
  }

  public static void fdatasync(int fd) throws FsException {
    fdCall("fdatasync", e -> (int) FDATASYNC.invokeExact(e, fd));
  }

  public static void ftruncate(int fd, long len) throws FsException {
    fdCall("ftruncate", e -> (int) FTRUNCATE.invokeExact(e, fd, len));
  }

  public static void fchmod(int fd, int mode) throws FsException {
    fdCall("fchmod", e -> (int) FCHMOD.invokeExact(e, fd, mode));
  }

  public static void chmod(String path, int mode) throws FsException {
    onePath(path, "chmod", (e, p) -> (int) FCHMODAT.invokeExact(e, AT_FDCWD, p, mode, 0));
  }

  public static void fchown(int fd, int uid, int gid) throws FsException {
    fdCall("fchown", e -> (int) FCHOWN.invokeExact(e, fd, uid, gid));
  }

  public static void chown(String path, int uid, int gid, boolean follow) throws FsException {
    int flags = follow ? 0 : AT_SYMLINK_NOFOLLOW;
    onePath(path, follow ? "chown" : "lchown", (e, p) -> (int) FCHOWNAT.invokeExact(e, AT_FDCWD, p, uid, gid, flags));
  }

  private static void times(MemorySegment t, double atime, double mtime) {
    long as = (long) Math.floor(atime);
    long ms = (long) Math.floor(mtime);
    t.set(ValueLayout.JAVA_LONG, 0, as);
    t.set(ValueLayout.JAVA_LONG, 8, (long) ((atime - as) * 1e9));
    t.set(ValueLayout.JAVA_LONG, 16, ms);
    t.set(ValueLayout.JAVA_LONG, 24, (long) ((mtime - ms) * 1e9));
  }

  /** utimensat(2); times in seconds (fractional). */
  public static void utimes(String path, double atime, double mtime, boolean follow) throws FsException {
    Scratch s = scratch();
    times(s.times, atime, mtime);
    int flags = follow ? 0 : AT_SYMLINK_NOFOLLOW;
    onePath(path, follow ? "utime" : "lutime", (e, p) -> (int) UTIMENSAT.invokeExact(e, AT_FDCWD, p, s.times, flags));
  }

  public static void futimes(int fd, double atime, double mtime) throws FsException {
    Scratch s = scratch();
    times(s.times, atime, mtime);
    fdCall("futime", e -> (int) FUTIMENS.invokeExact(e, fd, s.times));
  }

  public static void mkdir(String path, int mode) throws FsException {
    onePath(path, "mkdir", (e, p) -> (int) MKDIR.invokeExact(e, p, mode));
  }

  public static void rmdir(String path) throws FsException {
    onePath(path, "rmdir", (e, p) -> (int) RMDIR.invokeExact(e, p));
  }

  public static void unlink(String path) throws FsException {
    onePath(path, "unlink", (e, p) -> (int) UNLINK.invokeExact(e, p));
  }

  public static void access(String path, int mode) throws FsException {
    onePath(path, "access", (e, p) -> (int) ACCESS.invokeExact(e, p, mode));
  }

  public static void rename(String from, String to) throws FsException {
    twoPaths(from, to, "rename", (e, a, b) -> (int) RENAME.invokeExact(e, a, b));
  }

  public static void link(String existing, String newPath) throws FsException {
    twoPaths(existing, newPath, "link", (e, a, b) -> (int) LINK.invokeExact(e, a, b));
  }

  public static void symlink(String target, String path) throws FsException {
    twoPaths(target, path, "symlink", (e, a, b) -> (int) SYMLINK.invokeExact(e, a, b));
  }

  public static byte[] readlink(String path) throws FsException {
    Scratch s = scratch();
    MemorySegment p = cstr(s.path1, path, "readlink");
    long n;
    try {
      n = (long) READLINK.invokeExact(s.errno, p, s.path2, (long) PATH_MAX);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    check(n, s, "readlink");
    return s.path2.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
  }

  public static byte[] realpath(String path) throws FsException {
    Scratch s = scratch();
    MemorySegment p = cstr(s.path1, path, "realpath");
    MemorySegment r;
    try {
      r = (MemorySegment) REALPATH.invokeExact(s.errno, p, s.path2);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    if (r.address() == 0) throw new FsException(s.errno(), "realpath");
    return cbytes(s.path2);
  }

  /** mkdtemp(3): template must end in XXXXXX; returns the created path's bytes. */
  public static byte[] mkdtemp(String template) throws FsException {
    Scratch s = scratch();
    MemorySegment p = cstr(s.path1, template, "mkdtemp");
    MemorySegment r;
    try {
      r = (MemorySegment) MKDTEMP.invokeExact(s.errno, p);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    if (r.address() == 0) throw new FsException(s.errno(), "mkdtemp");
    return cbytes(s.path1);
  }

  private static byte[] cbytes(MemorySegment seg) {
    long n = 0;
    while (seg.get(ValueLayout.JAVA_BYTE, n) != 0) n++;
    return seg.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
  }

  /** An open directory stream (opendir(3)); not thread-safe, used by one request at a time. */
  public static final class DirStream {
    private MemorySegment dir;

    DirStream(MemorySegment dir) {
      this.dir = dir;
    }

    /**
     * The next entry as d_type (DT_* number) then the raw name bytes, skipping "." and "..";
     * null at the end.
     */
    public byte[] next() throws FsException {
      Scratch s = scratch();
      while (true) {
        if (dir == null) throw new FsException(9, "scandir");
        MemorySegment e;
        try {
          ((MemorySegment) ERRNO_LOCATION.invokeExact()).reinterpret(4).set(ValueLayout.JAVA_INT, 0, 0);
          e = (MemorySegment) READDIR.invokeExact(s.errno, dir);
        } catch (Throwable t) {
          throw rethrow(t);
        }
        if (e.address() == 0) {
          int err = s.errno();
          if (err != 0) throw new FsException(err, "scandir");
          return null;
        }
        MemorySegment ent = e.reinterpret(19 + 256);
        byte type = ent.get(ValueLayout.JAVA_BYTE, 18);
        long n = 0;
        while (ent.get(ValueLayout.JAVA_BYTE, 19 + n) != 0) n++;
        if ((n == 1 && ent.get(ValueLayout.JAVA_BYTE, 19) == '.')
            || (n == 2 && ent.get(ValueLayout.JAVA_BYTE, 19) == '.' && ent.get(ValueLayout.JAVA_BYTE, 20) == '.')) {
          continue;
        }
        byte[] out = new byte[(int) n + 1];
        out[0] = type;
        MemorySegment.copy(ent, ValueLayout.JAVA_BYTE, 19, out, 1, (int) n);
        return out;
      }
    }

    public void close() throws FsException {
      if (dir == null) return;
      MemorySegment d = dir;
      dir = null;
      Scratch s = scratch();
      int rc;
      try {
        rc = (int) CLOSEDIR.invokeExact(s.errno, d);
      } catch (Throwable t) {
        throw rethrow(t);
      }
      check(rc, s, "closedir");
    }
  }

  public static DirStream opendir(String path, String syscall) throws FsException {
    Scratch s = scratch();
    MemorySegment p = cstr(s.path1, path, syscall);
    MemorySegment d;
    try {
      d = (MemorySegment) OPENDIR.invokeExact(s.errno, p);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    if (d.address() == 0) throw new FsException(s.errno(), syscall);
    return new DirStream(d);
  }
}
