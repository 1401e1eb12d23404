package org.node4j.kernel.proc;

import java.util.function.Consumer;

/**
 * Waits for one child to exit on a small thread of its own (waitid blocks; one thread per
 * live child is what a JVM without SIGCHLD access can do). The child is not reaped here: the
 * owner calls {@link #reap} on its own thread when it handles the exit, so until then the pid
 * cannot be reused and a kill() racing the exit cannot hit a stranger.
 */
public final class ExitWatch {
  private ExitWatch() {}

  /** Calls {@code onExit} (on the watcher thread) once {@code pid} has exited. */
  public static void watch(int pid, Consumer<Integer> onExit) {
    Thread.ofPlatform().daemon().name("node4j-child-" + pid).stackSize(64 * 1024).start(() -> {
      ProcLibc.awaitExit(pid);
      onExit.accept(pid);
    });
  }

  /** Reaps an exited child: {exit code, signal number}; {-1, 0} when it cannot be read. */
  public static int[] reap(int pid) {
    int[] r = ProcLibc.reap(pid, false);
    return r == null ? new int[] {-1, 0} : r;
  }
}
