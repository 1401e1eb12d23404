package org.node4j.binding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code fs} binding. Sync calls report failure Node's way: they fill the {@code ctx}
 * object passed in ({@code code}, {@code errno}, {@code syscall}) and JS throws the uvException.
 */
public final class FsBinding {
  private final NodeRuntime runtime;

  FsBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  private Path path(String p) {
    return runtime.processState().resolve(p);
  }

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

  @HostAccess.Export
  public boolean existsSync(String p) {
    return Files.exists(path(p), LinkOption.NOFOLLOW_LINKS) || Files.exists(path(p));
  }

  /** Writes a string as UTF-8 to fd 1 or 2 (the runtime's stdout/stderr); returns bytes written. */
  @HostAccess.Export
  public int writeString(int fd, String s, Value ctx) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return writeBytes(fd, bytes, 0, bytes.length, ctx);
  }

  /** Writes length bytes at offset of an ArrayBuffer to fd 1 or 2. */
  @HostAccess.Export
  public int writeBuffer(int fd, Value arrayBuffer, int offset, int length, Value ctx) {
    byte[] bytes = new byte[length];
    arrayBuffer.readBuffer(offset, bytes, 0, length);
    return writeBytes(fd, bytes, 0, length, ctx);
  }

  private int writeBytes(int fd, byte[] bytes, int off, int len, Value ctx) {
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
