package org.node4j.binding;

import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.node4j.kernel.Errno;
import org.node4j.kernel.Libc;
import org.node4j.kernel.Termios;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/**
 * Node's {@code tty_wrap} binding: whether an fd is a terminal, its size, and raw mode. The
 * mode a terminal had before setRawMode is restored when the runtime closes, as libuv resets
 * it at exit. Stdio fds 0-2 answer from the runtime's options (an embedded runtime's stdio
 * need not be the JVM's).
 */
public final class TtyWrapBinding implements AutoCloseable {
  private final RuntimeOptions options;
  private final Map<Integer, byte[]> savedModes = new HashMap<>();

  TtyWrapBinding(NodeRuntime runtime) {
    this.options = runtime.options();
  }

  @HostAccess.Export
  public boolean isTTY(int fd) {
    return switch (fd) {
      case 0 -> options.stdinIsTty();
      case 1 -> options.stdoutIsTty();
      case 2 -> options.stderrIsTty();
      default -> fd > 2 && Libc.isatty(fd);
    };
  }

  /** [columns, rows], or null when fd is not a terminal. */
  @HostAccess.Export
  public int[] getWindowSize(int fd) {
    return isTTY(fd) ? Libc.windowSize(fd) : null;
  }

  /** 0, or a negative errno as libuv reports it. */
  @HostAccess.Export
  public int setRawMode(int fd, boolean raw) {
    if (!isTTY(fd)) return Errno.ENOTTY.uv();
    byte[] saved = savedModes.get(fd);
    if (raw) {
      byte[] current = Termios.get(fd);
      if (current == null) return Errno.ENOTTY.uv();
      if (saved == null) savedModes.put(fd, current);
      return Termios.set(fd, Termios.raw(saved != null ? saved : current)) ? 0 : Errno.EIO.uv();
    }
    if (saved == null) return 0;
    savedModes.remove(fd);
    return Termios.set(fd, saved) ? 0 : Errno.EIO.uv();
  }

  @Override
  public void close() {
    for (Map.Entry<Integer, byte[]> e : savedModes.entrySet()) Termios.set(e.getKey(), e.getValue());
    savedModes.clear();
  }
}
