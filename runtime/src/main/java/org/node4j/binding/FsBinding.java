package org.node4j.binding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.Permissions;
import org.node4j.kernel.Errno;
import org.node4j.kernel.fs.AccessDenied;
import org.node4j.kernel.fs.FsException;
import org.node4j.kernel.fs.FsOps;
import org.node4j.kernel.fs.Posix;
import org.node4j.runtime.BlockingPool;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code fs} binding. Every operation is written once (in org.node4j.kernel.fs) and
 * run as Node runs it: when the last argument {@code req} is a function, on the blocking
 * pool with {@code req(errno, code, description, syscall, result)} called on the loop
 * later; otherwise inline, where {@code req} is a ctx object that receives errno, code,
 * message and syscall on failure (JS then throws the uvException, adding path and dest).
 */
public final class FsBinding implements AutoCloseable {
  private static final int STAT_FIELDS = 18;
  private final NodeRuntime runtime;
  // stat results land here (Node's statValues): doubles, then int64s for {bigint: true}
  private final ByteBuffer statBuf =
      ByteBuffer.allocateDirect(STAT_FIELDS * 8 * 2).order(ByteOrder.nativeOrder());
  // bounce buffer for small sync reads, lent to JS as an ArrayBuffer
  private final ByteBuffer io = ByteBuffer.allocateDirect(64 * 1024);
  private final Map<Integer, Posix.DirStream> dirs = new HashMap<>();
  private int nextDir = 1;

  FsBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  private Path path(String p) {
    return runtime.processState().resolve(p);
  }

  /** The path libc sees: relative paths are taken against the runtime's virtual cwd. */
  private String abs(String p) {
    if (p.isEmpty() || p.charAt(0) == '/') return p;
    String cwd = runtime.processState().cwd().toString();
    return cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
  }

  // ---- the one sync/async switch ----

  @FunctionalInterface
  private interface ToJs<T> {
    Object convert(T value);
  }

  private <T> Object run(Value req, BlockingPool.Action<T> op, ToJs<T> toJs) {
    if (req != null && req.canExecute()) {
      runtime.pool().submit(op, outcome -> {
        if (outcome.error() != null) {
          FsException e = asFs(outcome.error());
          runtime.calls().callback(req, -e.errno, e.code(), e.description(), e.syscall, null);
        } else {
          runtime.calls().callback(req, 0, null, null, null, toJs.convert(outcome.value()));
        }
      });
      return null;
    }
    try {
      return toJs.convert(op.perform());
    } catch (Exception ex) {
      if (req != null && req.hasMembers()) report(req, asFs(ex));
      return null;
    }
  }

  /** A sync failure, into the ctx object JS turns into the error. */
  private static void report(Value ctx, FsException e) {
    ctx.putMember("errno", -e.errno);
    ctx.putMember("code", e.code());
    ctx.putMember("message", e.description());
    ctx.putMember("syscall", e.syscall);
  }

  // The permission model's checks run inside the operation, so a denial reaches the caller
  // exactly as a failed syscall does: thrown, or passed to the callback.
  private void mayRead(String a) throws AccessDenied {
    Permissions p = runtime.permissions();
    if (p != null && !p.canRead(a)) throw AccessDenied.read(a);
  }

  private void mayWrite(String a) throws AccessDenied {
    Permissions p = runtime.permissions();
    if (p != null && !p.canWrite(a)) throw AccessDenied.write(a);
  }

  /** open(2) reads, writes or both, by its access mode and creating/truncating flags. */
  private void mayOpen(String a, int flags) throws AccessDenied {
    int access = flags & 3;
    if (access != FsOps.O_WRONLY) mayRead(a);
    if (access != FsOps.O_RDONLY || (flags & (FsOps.O_CREAT | FsOps.O_TRUNC | FsOps.O_APPEND)) != 0) {
      mayWrite(a);
    }
  }

  private static FsException asFs(Exception e) {
    if (e instanceof FsException f) return f;
    if (e instanceof IOException io) return FsException.of(io, "io");
    if (e instanceof RuntimeException r) throw r;
    throw new IllegalStateException(e);
  }

  private static Object nothing(Object ignored) {
    return null;
  }

  // ---- shared memory with JS ----

  /** Node's statValues: JS views it as Float64Array(36) / BigInt64Array(36). */
  @HostAccess.Export
  public ByteBuffer statValues() {
    return statBuf;
  }

  private Object putStat(long[] st, boolean bigint) {
    if (bigint) {
      for (int i = 0; i < STAT_FIELDS; i++) statBuf.putLong((STAT_FIELDS + i) * 8, st[i]);
    } else {
      for (int i = 0; i < STAT_FIELDS; i++) statBuf.putDouble(i * 8, st[i]);
    }
    return 0;
  }

  // ---- metadata ----

  @HostAccess.Export
  public Object stat(String p, boolean bigint, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      long[] st = new long[STAT_FIELDS];
      Posix.stat(-1, a, true, st, "stat");
      return st;
    }, st -> putStat(st, bigint));
  }

  @HostAccess.Export
  public Object lstat(String p, boolean bigint, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      long[] st = new long[STAT_FIELDS];
      Posix.stat(-1, a, false, st, "lstat");
      return st;
    }, st -> putStat(st, bigint));
  }

  @HostAccess.Export
  public Object fstat(int fd, boolean bigint, Value req) {
    return run(req, () -> {
      long[] st = new long[STAT_FIELDS];
      Posix.stat(fd, null, true, st, "fstat");
      return st;
    }, st -> putStat(st, bigint));
  }

  /** Whether the path exists (following links); never throws, like Node's existsSync. */
  @HostAccess.Export
  public boolean existsSync(String p) {
    try {
      String a = abs(p);
      mayRead(a);
      Posix.access(a, 0);
      return true;
    } catch (FsException e) {
      return false;
    }
  }

  @HostAccess.Export
  public Object access(String p, int mode, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      Posix.access(a, mode);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object chmod(String p, int mode, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      Posix.chmod(a, mode);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object fchmod(int fd, int mode, Value req) {
    return run(req, () -> {
      Posix.fchmod(fd, mode);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object chown(String p, int uid, int gid, boolean follow, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      Posix.chown(a, uid, gid, follow);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object fchown(int fd, int uid, int gid, Value req) {
    return run(req, () -> {
      Posix.fchown(fd, uid, gid);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object utimes(String p, double atime, double mtime, boolean follow, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      Posix.utimes(a, atime, mtime, follow);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object futimes(int fd, double atime, double mtime, Value req) {
    return run(req, () -> {
      Posix.futimes(fd, atime, mtime);
      return null;
    }, FsBinding::nothing);
  }

  // ---- file descriptors ----

  @HostAccess.Export
  public Object open(String p, int flags, int mode, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayOpen(a, flags);
      return Posix.open(a, flags, mode);
    }, fd -> fd);
  }

  @HostAccess.Export
  public Object close(int fd, Value req) {
    return run(req, () -> {
      Posix.close(fd);
      return null;
    }, FsBinding::nothing);
  }

  /**
   * Reads up to length bytes at position (-1: the fd's position); the result is a direct
   * ByteBuffer holding exactly the bytes read, which JS wraps as an ArrayBuffer and copies.
   */
  @HostAccess.Export
  public Object read(int fd, int length, double position, Value req) {
    long pos = (long) position;
    boolean sync = req == null || !req.canExecute();
    if (fd == 0 && runtime.options().stdin() != null) {
      return run(req, () -> {
        byte[] b = runtime.options().stdin().readNBytes(Math.min(length, 65536));
        ByteBuffer out = ByteBuffer.allocateDirect(b.length);
        out.put(0, b);
        return out;
      }, b -> b);
    }
    return run(req, () -> {
      ByteBuffer b = sync && length <= io.capacity() ? io : ByteBuffer.allocateDirect(length);
      long n = Posix.read(fd, MemorySegment.ofBuffer(b), length, pos);
      return b.slice(0, (int) n);
    }, b -> b);
  }

  /** Writes length bytes of a JS ArrayBuffer from offset; returns bytes written. */
  @HostAccess.Export
  public Object writeBytes(int fd, Value arrayBuffer, int offset, int length, double position, Value req) {
    byte[] bytes = new byte[length];
    if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
    return writeArray(fd, bytes, (long) position, req);
  }

  /** Writes a string in encoding (utf8, latin1, ascii, ucs2); returns bytes written. */
  @HostAccess.Export
  public Object writeText(int fd, String s, String encoding, double position, Value req) {
    return writeArray(fd, encode(s, encoding), (long) position, req);
  }

  private Object writeArray(int fd, byte[] bytes, long pos, Value req) {
    OutputStream stdio = fd == 1 ? runtime.options().stdout() : fd == 2 ? runtime.options().stderr() : null;
    if (stdio != null) {
      return run(req, () -> {
        stdio.write(bytes);
        stdio.flush();
        return bytes.length;
      }, n -> n);
    }
    return run(req, () -> Posix.write(fd, bytes, 0, bytes.length, pos), n -> n);
  }

  static byte[] encode(String s, String encoding) {
    Charset cs = switch (encoding == null ? "utf8" : encoding) {
      case "latin1", "binary", "ascii" -> StandardCharsets.ISO_8859_1;
      case "ucs2", "ucs-2", "utf16le", "utf-16le" -> StandardCharsets.UTF_16LE;
      default -> StandardCharsets.UTF_8;
    };
    if (cs == StandardCharsets.ISO_8859_1) {
      // Node keeps the low byte of each UTF-16 unit
      byte[] b = new byte[s.length()];
      for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
      return b;
    }
    return s.getBytes(cs);
  }

  @HostAccess.Export
  public Object fsync(int fd, boolean dataOnly, Value req) {
    return run(req, () -> {
      if (dataOnly) Posix.fdatasync(fd);
      else Posix.fsync(fd);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object ftruncate(int fd, double len, Value req) {
    return run(req, () -> {
      Posix.ftruncate(fd, (long) len);
      return null;
    }, FsBinding::nothing);
  }

  // ---- whole files ----

  /**
   * Reads a whole file (path, or fd when path is null). With encoding utf8/latin1/ascii the
   * result is a string decoded in Java; otherwise a direct ByteBuffer JS wraps zero-copy.
   */
  @HostAccess.Export
  public Object readFile(String p, int fd, int flags, String encoding, Value req) {
    String a = p == null ? null : abs(p);
    return run(req, () -> {
      if (a == null) return FsOps.readAll(fd);
      mayRead(a);
      return FsOps.readFile(a, flags);
    },
        b -> encoding == null ? b : FsOps.decode(b, encoding));
  }

  /** writeFile/appendFile of bytes (a JS ArrayBuffer range) or a string, to a path or an fd. */
  @HostAccess.Export
  public Object writeFile(String p, int fd, int flags, int mode, Value data, int offset, int length,
      String encoding, Value req) {
    byte[] bytes;
    if (data.isString()) {
      bytes = encode(data.asString(), encoding);
    } else {
      bytes = new byte[length];
      if (length > 0) data.readBuffer(offset, bytes, 0, length);
    }
    if (p == null) return writeArray(fd, bytes, -1, req);
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      FsOps.writeFile(a, flags, mode, bytes);
      return null;
    }, FsBinding::nothing);
  }

  // ---- names ----

  @HostAccess.Export
  public Object truncate(String p, double len, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      int fd = Posix.open(a, FsOps.O_WRONLY, 0);
      try {
        Posix.ftruncate(fd, (long) len);
      } finally {
        Posix.close(fd);
      }
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object mkdir(String p, int mode, boolean recursive, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      if (recursive) return FsOps.mkdirp(p, mode, this::abs);
      Posix.mkdir(a, mode);
      return null;
    }, first -> first);
  }

  @HostAccess.Export
  public Object mkdtemp(String prefix, Value req) {
    String a = abs(prefix + "XXXXXX");
    return run(req, () -> {
      mayWrite(a);
      String made = new String(Posix.mkdtemp(a), StandardCharsets.UTF_8);
      return made.substring(made.length() - 6);
    }, s -> s);
  }

  @HostAccess.Export
  public Object rmdir(String p, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      Posix.rmdir(a);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object rm(String p, boolean recursive, boolean force, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      FsOps.rm(a, recursive, force);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object unlink(String p, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayWrite(a);
      Posix.unlink(a);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object rename(String from, String to, Value req) {
    String a = abs(from);
    String b = abs(to);
    return run(req, () -> {
      mayWrite(a);
      mayWrite(b);
      Posix.rename(a, b);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object link(String existing, String newPath, Value req) {
    String a = abs(existing);
    String b = abs(newPath);
    return run(req, () -> {
      mayRead(a);
      mayWrite(b);
      Posix.link(a, b);
      return null;
    }, FsBinding::nothing);
  }

  /** symlink(2): the target is stored as given (relative targets stay relative). */
  @HostAccess.Export
  public Object symlink(String target, String p, Value req) {
    String b = abs(p);
    return run(req, () -> {
      mayWrite(b);
      Posix.symlink(target, b);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object readlink(String p, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      return new String(Posix.readlink(a), StandardCharsets.UTF_8);
    }, s -> s);
  }

  @HostAccess.Export
  public Object realpathNative(String p, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      return new String(Posix.realpath(a), StandardCharsets.UTF_8);
    }, s -> s);
  }

  @HostAccess.Export
  public Object copyFile(String src, String dst, int mode, Value req) {
    String a = abs(src);
    String b = abs(dst);
    return run(req, () -> {
      mayRead(a);
      mayWrite(b);
      FsOps.copyFile(a, b, mode);
      return null;
    }, FsBinding::nothing);
  }

  @HostAccess.Export
  public Object cp(String src, String dst, boolean recursive, boolean force, boolean errorOnExist,
      boolean dereference, boolean preserveTimestamps, boolean verbatimSymlinks, Value req) {
    String a = abs(src);
    String b = abs(dst);
    return run(req, () -> {
      mayRead(a);
      mayWrite(b);
      FsOps.cp(a, b, recursive, force, errorOnExist, dereference, preserveTimestamps, verbatimSymlinks);
      return null;
    }, FsBinding::nothing);
  }

  /** Entries joined by NUL; with types each starts with a UV_DIRENT_* digit. */
  @HostAccess.Export
  public Object readdir(String p, boolean withTypes, boolean recursive, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      return FsOps.readdir(a, withTypes, recursive);
    }, s -> s);
  }

  // ---- Dir (opendir): handles are small ints so JS never holds native pointers ----

  @HostAccess.Export
  public Object opendir(String p, Value req) {
    String a = abs(p);
    return run(req, () -> {
      mayRead(a);
      return Posix.opendir(a, "opendir");
    }, d -> {
      int id = nextDir++;
      dirs.put(id, d);
      return id;
    });
  }

  /** Up to n entries (type digit + name, NUL-joined); "" at the end. */
  @HostAccess.Export
  public Object readDirEntries(int handle, int n, Value req) {
    Posix.DirStream d = dirs.get(handle);
    return run(req, () -> {
      if (d == null) throw new FsException(9, "scandir");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        byte[] e;
        synchronized (d) {
          e = d.next();
        }
        if (e == null) break;
        sb.append((char) ('0' + dirType(e[0])))
            .append(new String(e, 1, e.length - 1, StandardCharsets.UTF_8)).append('\0');
      }
      return sb.toString();
    }, s -> s);
  }

  private static int dirType(byte dtype) {
    return switch (dtype) {
      case 8 -> 1;
      case 4 -> 2;
      case 10 -> 3;
      case 1 -> 4;
      case 12 -> 5;
      case 2 -> 6;
      case 6 -> 7;
      default -> 0;
    };
  }

  @HostAccess.Export
  public Object closedir(int handle, Value req) {
    Posix.DirStream d = dirs.remove(handle);
    return run(req, () -> {
      if (d != null) {
        synchronized (d) {
          d.close();
        }
      }
      return null;
    }, FsBinding::nothing);
  }

  @Override
  public void close() {
    for (Posix.DirStream d : dirs.values()) {
      try {
        d.close();
      } catch (FsException ignored) {
        // shutting down: nothing to report to
      }
    }
    dirs.clear();
  }

  // ---- used by the module loader and process stdio (kept as they were) ----

  private static void fail(Value ctx, IOException e, String syscall) {
    Errno errno = Errno.of(e);
    ctx.putMember("errno", errno.uv());
    ctx.putMember("code", errno.name());
    ctx.putMember("message", errno.description);
    ctx.putMember("syscall", syscall);
  }

  /** 0 for a file, 1 for a directory, a negative errno otherwise (the module loader's probe). */
  @HostAccess.Export
  public int internalModuleStat(String p) {
    try {
      BasicFileAttributes a = Files.readAttributes(path(p), BasicFileAttributes.class);
      return a.isDirectory() ? 1 : 0;
    } catch (IOException e) {
      return Errno.of(e).uv();
    }
  }

  @HostAccess.Export
  public String readFileUtf8(String p, Value ctx) {
    try {
      mayRead(abs(p));
    } catch (AccessDenied denied) {
      report(ctx, denied);
      return null;
    }
    try {
      Path file = path(p);
      if (Files.isDirectory(file)) {
        throw new java.nio.file.FileSystemException(p, null, "Is a directory");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      try {
        return new String(Files.readAllBytes(path(p)), StandardCharsets.UTF_8);
      } catch (IOException again) {
        fail(ctx, again, "open");
        return null;
      }
    } catch (IOException e) {
      fail(ctx, e, Errno.of(e) == Errno.EISDIR ? "read" : "open");
      return null;
    }
  }

  @HostAccess.Export
  public String realpath(String p, Value ctx) {
    try {
      return path(p).toRealPath().toString();
    } catch (IOException e) {
      fail(ctx, e, "realpath");
      return null;
    }
  }

  /** Writes a string as UTF-8 to fd 1 or 2 (the runtime's stdout/stderr); returns bytes written. */
  @HostAccess.Export
  public int writeString(int fd, String s, Value ctx) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return writeStdio(fd, bytes, 0, bytes.length, ctx);
  }

  /** Writes length bytes at offset of an ArrayBuffer to fd 1 or 2. */
  @HostAccess.Export
  public int writeBuffer(int fd, Value arrayBuffer, int offset, int length, Value ctx) {
    byte[] bytes = new byte[length];
    arrayBuffer.readBuffer(offset, bytes, 0, length);
    return writeStdio(fd, bytes, 0, length, ctx);
  }

  private int writeStdio(int fd, byte[] bytes, int off, int len, Value ctx) {
    OutputStream out = switch (fd) {
      case 1 -> runtime.options().stdout();
      case 2 -> runtime.options().stderr();
      default -> null;
    };
    if (out == null) {
      ctx.putMember("errno", Errno.EBADF.uv());
      ctx.putMember("code", Errno.EBADF.name());
      ctx.putMember("message", Errno.EBADF.description);
      ctx.putMember("syscall", "write");
      return 0;
    }
    try {
      out.write(bytes, off, len);
      out.flush();
      return len;
    } catch (IOException e) {
      fail(ctx, e, "write");
      return 0;
    }
  }

  /** All of stdin as UTF-8 (running a script piped to `node4j -`). */
  @HostAccess.Export
  public String readStdin(Value ctx) {
    InputStream in = runtime.options().stdin();
    try {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      fail(ctx, e, "read");
      return null;
    }
  }
}
