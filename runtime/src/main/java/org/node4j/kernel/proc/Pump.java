package org.node4j.kernel.proc;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Copies what a child writes to a pipe into an OutputStream, on a thread of its own: how an
 * embedded runtime (whose stdout is a Java stream, not fd 1) lets a child "inherit" its stdio.
 */
public final class Pump {
  private Pump() {}

  /** Starts copying {@code fd} (blocking) to {@code out} until EOF; closes fd; then runs {@code done}. */
  public static void start(int fd, OutputStream out, Runnable done) {
    // The pump blocks in read(2): a non-blocking end (spawn makes the parent's ends so, for the
    // loop) would read EAGAIN before the child wrote, close the pipe, and kill it with SIGPIPE.
    ProcLibc.setBlocking(fd);
    Thread.ofPlatform().daemon().name("node4j-pump-" + fd).start(() -> {
      try {
        copy(fd, out, Long.MAX_VALUE);
      } finally {
        done.run();
      }
    });
  }

  /**
   * Copies {@code fd} to {@code out} until EOF (or until {@code out} fails), then closes fd;
   * true when more than {@code max} bytes came (copying stops after that chunk).
   */
  static boolean copy(int fd, OutputStream out, long max) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(64 * 1024);
      byte[] bytes = new byte[(int) buf.byteSize()];
      long total = 0;
      long n;
      while ((n = ProcLibc.read(fd, buf)) > 0 || n == -ProcLibc.EINTR) {
        if (n <= 0) continue;
        MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, bytes, 0, (int) n);
        try {
          out.write(bytes, 0, (int) n); // libuv keeps what it read, even past maxBuffer
          out.flush();
        } catch (IOException e) {
          break; // nowhere to write: drain no further
        }
        total += n;
        if (total > max) return true;
      }
      return false;
    } finally {
      ProcLibc.close(fd);
    }
  }
}
