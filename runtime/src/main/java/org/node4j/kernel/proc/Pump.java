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
    Thread.ofPlatform().daemon().name("node4j-pump-" + fd).start(() -> {
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment buf = arena.allocate(64 * 1024);
        byte[] bytes = new byte[(int) buf.byteSize()];
        long n;
        while ((n = ProcLibc.read(fd, buf)) > 0 || n == -ProcLibc.EINTR) {
          if (n <= 0) continue;
          MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, bytes, 0, (int) n);
          try {
            out.write(bytes, 0, (int) n);
            out.flush();
          } catch (IOException e) {
            break; // nowhere to write: drain no further
          }
        }
      } finally {
        ProcLibc.close(fd);
        done.run();
      }
    });
  }
}
