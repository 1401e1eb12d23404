package org.node4j.kernel.proc;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * spawnSync: runs a child to its end on the calling thread, feeding {@code input} to its stdin
 * pipe and collecting each output pipe (one helper thread per pipe, so a child that fills one
 * pipe while we wait on another cannot deadlock), with libuv's timeout and maxBuffer rules:
 * either kills the child with killSignal and reports ETIMEDOUT / ENOBUFS.
 */
public final class SyncRun {
  public static final int ETIMEDOUT = 110;
  public static final int ENOBUFS = 105;

  /** What spawnSync reports: pid, exit code or signal, per-slot output (null if not a pipe), error errno or 0. */
  public record Outcome(int pid, int status, int signal, byte[][] output, int error) {}

  private SyncRun() {}

  /**
   * @param sinks per slot, a stream to copy the pipe into instead of collecting it (inherit for
   *     an embedded runtime), or null
   */
  public static Outcome run(String file, List<String> args, List<String> env, String cwd, int[] stdio,
      OutputStream[] sinks, byte[] input, long timeoutMs, long maxBuffer, int killSignal, boolean detached,
      int uid, int gid) throws InterruptedException {
    Spawner.Result r = Spawner.spawn(file, args, env, cwd, stdio, detached, uid, gid, false);
    if (r.error() != 0) return new Outcome(0, 0, 0, null, r.error());
    int pid = r.pid();
    int n = stdio.length;
    byte[][] output = new byte[n][];
    Thread[] threads = new Thread[n];
    int[] error = {0};
    Object lock = new Object();
    for (int i = 0; i < n; i++) {
      int fd = r.parentFds()[i];
      if (fd < 0) continue;
      if (i == 0) {
        threads[i] = Thread.ofPlatform().daemon().start(() -> feed(fd, input));
        continue;
      }
      int slot = i;
      OutputStream sink = sinks != null ? sinks[i] : null;
      threads[i] = Thread.ofPlatform().daemon().start(() -> {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean over = Pump.copy(fd, sink != null ? sink : buf, sink != null ? Long.MAX_VALUE : maxBuffer);
        if (sink == null) output[slot] = buf.toByteArray();
        if (over) {
          synchronized (lock) {
            if (error[0] == 0) {
              error[0] = ENOBUFS;
              Spawner.kill(pid, killSignal);
            }
          }
        }
      });
    }
    Thread timer = null;
    if (timeoutMs > 0) {
      timer = Thread.ofVirtual().start(() -> {
        try {
          Thread.sleep(timeoutMs);
        } catch (InterruptedException e) {
          return; // the child ended first
        }
        synchronized (lock) {
          if (error[0] == 0) {
            error[0] = ETIMEDOUT;
            Spawner.kill(pid, killSignal);
          }
        }
      });
    }
    int[] st = ProcLibc.reap(pid, true);
    if (timer != null) timer.interrupt();
    for (Thread t : threads) if (t != null) t.join();
    if (st == null) st = new int[] {-1, 0};
    synchronized (lock) {
      return new Outcome(pid, st[0], st[1], output, error[0]);
    }
  }

  private static void feed(int fd, byte[] input) {
    try (Arena arena = Arena.ofConfined()) {
      if (input != null && input.length > 0) {
        MemorySegment buf = arena.allocate(input.length);
        MemorySegment.copy(input, 0, buf, ValueLayout.JAVA_BYTE, 0, input.length);
        long off = 0;
        while (off < input.length) {
          long w = ProcLibc.write(fd, buf.asSlice(off), input.length - off);
          if (w == -ProcLibc.EINTR) continue;
          if (w <= 0) break; // EPIPE: the child stopped reading; Node ignores it too
          off += w;
        }
      }
    } finally {
      ProcLibc.close(fd);
    }
  }
}
