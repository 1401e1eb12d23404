package org.node4j.kernel.fs;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * fs operations made of several syscalls (whole-file reads and writes, recursive mkdir/rm,
 * copy, directory listing). Each is written once and run either inline (the sync API) or on
 * the blocking pool (the callback and promise APIs). Paths are absolute.
 */
public final class FsOps {
  public static final int O_RDONLY = 0;
  public static final int O_WRONLY = 1;
  public static final int O_CREAT = 64;
  public static final int O_EXCL = 128;
  public static final int O_TRUNC = 512;
  public static final int O_APPEND = 1024;
  public static final int S_IFMT = 0xf000;
  public static final int S_IFDIR = 0x4000;
  public static final int S_IFREG = 0x8000;
  public static final int S_IFLNK = 0xa000;
  public static final int ENOENT = 2;
  public static final int EEXIST = 17;
  public static final int ENOTDIR = 20;
  public static final int EISDIR = 21;

  private FsOps() {}

  /** Reads from fd's position to EOF into a direct buffer (limit = bytes read). */
  public static ByteBuffer readAll(int fd) throws FsException {
    long[] st = new long[18];
    Posix.stat(fd, null, true, st, "fstat");
    if ((st[1] & S_IFMT) == S_IFDIR) throw new FsException(EISDIR, "read");
    // /proc files report size 0: grow as we go
    long size = (st[1] & S_IFMT) == S_IFREG ? st[8] : 0;
    if (size > Integer.MAX_VALUE - 8) throw new FsException(27, "read");
    // one spare byte, so the read that sees EOF does not have to grow a full buffer first
    ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.max(size + 1, 8192));
    int total = 0;
    while (true) {
      if (total == buf.capacity()) {
        if (buf.capacity() >= Integer.MAX_VALUE / 2) throw new FsException(27, "read");
        ByteBuffer bigger = ByteBuffer.allocateDirect(buf.capacity() * 2);
        bigger.put(0, buf, 0, total);
        buf = bigger;
      }
      MemorySegment seg = MemorySegment.ofBuffer(buf).asSlice(total);
      long n = Posix.read(fd, seg, seg.byteSize(), -1);
      if (n == 0) break;
      total += (int) n;
    }
    return buf.slice(0, total);
  }

  /** open + readAll + close, reporting the syscall that failed. */
  public static ByteBuffer readFile(String path, int flags) throws FsException {
    int fd = Posix.open(path, flags, 0666);
    try {
      return readAll(fd);
    } finally {
      closeQuietly(fd);
    }
  }

  public static String decode(ByteBuffer b, String encoding) {
    byte[] bytes = new byte[b.remaining()];
    b.get(b.position(), bytes);
    return switch (encoding) {
      case "latin1", "binary" -> new String(bytes, StandardCharsets.ISO_8859_1);
      case "ascii" -> {
        for (int i = 0; i < bytes.length; i++) bytes[i] &= 0x7f;
        yield new String(bytes, StandardCharsets.ISO_8859_1);
      }
      default -> new String(bytes, StandardCharsets.UTF_8);
    };
  }

  /** Writes all of data at position (or the fd's position when < 0). */
  public static void writeAll(int fd, byte[] data, long position) throws FsException {
    Posix.write(fd, data, 0, data.length, position);
  }

  public static void writeFile(String path, int flags, int mode, byte[] data) throws FsException {
    int fd = Posix.open(path, flags, mode);
    boolean ok = false;
    try {
      writeAll(fd, data, -1);
      ok = true;
    } finally {
      if (ok) Posix.close(fd);
      else closeQuietly(fd);
    }
  }

  static void closeQuietly(int fd) {
    try {
      Posix.close(fd);
    } catch (FsException ignored) {
      // the operation's own error is the one to report
    }
  }

  private static int lmode(String path, String syscall) throws FsException {
    long[] st = new long[18];
    Posix.stat(-1, path, false, st, syscall);
    return (int) st[1];
  }

  /**
   * mkdir -p over the path as the caller wrote it (abs resolves it for the syscalls): returns
   * the first directory created, spelled as Node spells it (the original string cut at its last
   * '/' while walking up), or null when the directory already existed.
   */
  public static String mkdirp(String path, int mode, java.util.function.UnaryOperator<String> abs)
      throws FsException {
    try {
      Posix.mkdir(abs.apply(path), mode);
      return path;
    } catch (FsException e) {
      if (e.errno == EEXIST) {
        long[] st = new long[18];
        try {
          Posix.stat(-1, abs.apply(path), true, st, "mkdir");
        } catch (FsException gone) {
          throw new FsException(EEXIST, "mkdir");
        }
        if ((st[1] & S_IFMT) != S_IFDIR) throw new FsException(EEXIST, "mkdir");
        return null;
      }
      if (e.errno != ENOENT) throw e;
    }
    int slash = path.lastIndexOf('/');
    if (slash <= 0) throw new FsException(ENOENT, "mkdir");
    String first = mkdirp(path.substring(0, slash), mode, abs);
    try {
      Posix.mkdir(abs.apply(path), mode);
    } catch (FsException e) {
      if (e.errno != EEXIST) throw e;
    }
    return first != null ? first : path;
  }

  /**
   * rm: a file or symlink is unlinked; a directory needs recursive (else EISDIR, which
   * the JS side reports as ERR_FS_EISDIR). force ignores a missing path.
   */
  public static void rm(String path, boolean recursive, boolean force) throws FsException {
    int mode;
    try {
      mode = lmode(path, "lstat");
    } catch (FsException e) {
      if (force && e.errno == ENOENT) return;
      throw new FsException(e.errno, "lstat");
    }
    if ((mode & S_IFMT) == S_IFDIR) {
      if (!recursive) throw new FsException(EISDIR, "rm");
      removeTree(path);
    } else {
      Posix.unlink(path);
    }
  }

  private static void removeTree(String dir) throws FsException {
    for (byte[] e : list(dir, "rmdir")) {
      String child = dir + "/" + new String(e, 1, e.length - 1, StandardCharsets.UTF_8);
      if (e[0] == 4) {
        removeTree(child);
      } else if (e[0] == 0) {
        if ((lmode(child, "rm") & S_IFMT) == S_IFDIR) removeTree(child);
        else Posix.unlink(child);
      } else {
        Posix.unlink(child);
      }
    }
    Posix.rmdir(dir);
  }

  /** Directory entries as {d_type, name bytes...}. */
  public static List<byte[]> list(String dir, String syscall) throws FsException {
    Posix.DirStream d = Posix.opendir(dir, syscall);
    List<byte[]> out = new ArrayList<>();
    try {
      for (byte[] e = d.next(); e != null; e = d.next()) out.add(e);
    } finally {
      d.close();
    }
    return out;
  }

  /**
   * readdir as one string: entries separated by NUL, each led by a type char (libuv's
   * UV_DIRENT_* digit) when withTypes. recursive lists the whole tree (paths relative to dir),
   * breadth first like Node's.
   */
  public static String readdir(String dir, boolean withTypes, boolean recursive) throws FsException {
    StringBuilder sb = new StringBuilder();
    List<String> queue = new ArrayList<>();
    queue.add("");
    for (int q = 0; q < queue.size(); q++) {
      String rel = queue.get(q);
      List<byte[]> entries;
      try {
        entries = list(rel.isEmpty() ? dir : dir + "/" + rel, "scandir");
      } catch (FsException e) {
        if (q > 0 && (e.errno == ENOTDIR || e.errno == ENOENT)) continue;
        throw e;
      }
      for (byte[] e : entries) {
        String name = new String(e, 1, e.length - 1, StandardCharsets.UTF_8);
        String path = rel.isEmpty() ? name : rel + "/" + name;
        int type = uvType(e[0]);
        if (type == 0) type = typeOf(dir + "/" + path);
        if (withTypes) sb.append((char) ('0' + type));
        sb.append(path).append('\0');
        // Node descends into directories reached through symlinks too
        if (recursive && (type == 2 || (type == 3 && isDirFollowing(dir + "/" + path)))) queue.add(path);
      }
    }
    return sb.toString();
  }

  private static boolean isDirFollowing(String path) {
    long[] st = new long[18];
    try {
      Posix.stat(-1, path, true, st, "stat");
      return (st[1] & S_IFMT) == S_IFDIR;
    } catch (FsException e) {
      return false;
    }
  }

  private static int typeOf(String path) {
    try {
      int m = lmode(path, "lstat") & S_IFMT;
      return switch (m) {
        case S_IFREG -> 1;
        case S_IFDIR -> 2;
        case S_IFLNK -> 3;
        case 0x1000 -> 4;
        case 0xc000 -> 5;
        case 0x2000 -> 6;
        case 0x6000 -> 7;
        default -> 0;
      };
    } catch (FsException e) {
      return 0;
    }
  }

  /** d_type (DT_*) to libuv's UV_DIRENT_* number. */
  static int uvType(byte dtype) {
    return switch (dtype) {
      case 8 -> 1; // DT_REG
      case 4 -> 2; // DT_DIR
      case 10 -> 3; // DT_LNK
      case 1 -> 4; // DT_FIFO
      case 12 -> 5; // DT_SOCK
      case 2 -> 6; // DT_CHR
      case 6 -> 7; // DT_BLK
      default -> 0;
    };
  }

  /** copyFile: mode bit 1 = COPYFILE_EXCL; FICLONE_FORCE (4) is not supported (ENOSYS). */
  public static void copyFile(String src, String dst, int mode) throws FsException {
    if ((mode & 4) != 0) throw new FsException(38, "copyfile");
    int in;
    try {
      in = Posix.open(src, O_RDONLY, 0);
    } catch (FsException e) {
      throw new FsException(e.errno, "copyfile");
    }
    try {
      long[] st = new long[18];
      Posix.stat(in, null, true, st, "copyfile");
      if ((st[1] & S_IFMT) == S_IFDIR) throw new FsException(EISDIR, "copyfile");
      int flags = O_WRONLY | O_CREAT | ((mode & 1) != 0 ? O_EXCL : O_TRUNC);
      int out;
      try {
        out = Posix.open(dst, flags, (int) (st[1] & 0777));
      } catch (FsException e) {
        throw new FsException(e.errno, "copyfile");
      }
      try {
        MemorySegment b = Posix.scratch().bytes(1 << 20);
        long n;
        while ((n = Posix.read(in, b, b.byteSize(), -1)) > 0) {
          long done = 0;
          while (done < n) done += Posix.write(out, b.asSlice(done), n - done, -1);
        }
        Posix.fchmod(out, (int) (st[1] & 07777));
      } catch (FsException e) {
        throw new FsException(e.errno, "copyfile");
      } finally {
        closeQuietly(out);
      }
    } finally {
      closeQuietly(in);
    }
  }

  /**
   * cp for the common cases: files, directories (recursive), symlinks copied as links unless
   * dereference. force overwrites, errorOnExist fails (EEXIST) when force is off.
   */
  public static void cp(String src, String dst, boolean recursive, boolean force, boolean errorOnExist,
      boolean dereference, boolean preserveTimestamps, boolean verbatimSymlinks) throws FsException {
    long[] st = new long[18];
    Posix.stat(-1, src, dereference, st, "cp");
    int type = (int) (st[1] & S_IFMT);
    if (type == S_IFDIR) {
      if (!recursive) throw new FsException(EISDIR, "cp");
      try {
        Posix.mkdir(dst, (int) (st[1] & 07777));
      } catch (FsException e) {
        if (e.errno != EEXIST) throw e;
      }
      for (byte[] e : list(src, "cp")) {
        String name = new String(e, 1, e.length - 1, StandardCharsets.UTF_8);
        cp(src + "/" + name, dst + "/" + name, true, force, errorOnExist, dereference, preserveTimestamps,
            verbatimSymlinks);
      }
    } else if (type == S_IFLNK) {
      String target = new String(Posix.readlink(src), StandardCharsets.UTF_8);
      // Node rewrites relative link targets against the source's directory
      if (!verbatimSymlinks && !target.startsWith("/")) {
        target = java.nio.file.Path.of(src).resolveSibling(target).normalize().toString();
      }
      if (exists(dst)) {
        if (!force) {
          if (errorOnExist) throw new FsException(EEXIST, "cp");
          return;
        }
        Posix.unlink(dst);
      }
      Posix.symlink(target, dst);
    } else {
      if (exists(dst)) {
        if (!force) {
          if (errorOnExist) throw new FsException(EEXIST, "cp");
          return;
        }
      }
      copyFile(src, dst, 0);
    }
    if (preserveTimestamps && type != S_IFLNK) {
      Posix.utimes(dst, st[10] + st[11] / 1e9, st[12] + st[13] / 1e9, true);
    }
  }

  private static boolean exists(String path) {
    try {
      lmode(path, "lstat");
      return true;
    } catch (FsException e) {
      return false;
    }
  }
}
