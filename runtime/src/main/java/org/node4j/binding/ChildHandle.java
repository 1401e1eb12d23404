package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.proc.ExitWatch;
import org.node4j.kernel.proc.Spawner;
import org.node4j.runtime.NodeRuntime;

/**
 * A running child as JS sees it (libuv's uv_process_t): pid, kill, ref/unref. It keeps the
 * loop alive (when ref'd) until the child exits; the exit is reaped on the JS thread, right
 * before {@code onExit(code, signal)}, so kill() can never reach a recycled pid.
 */
public final class ChildHandle {
  private final NodeRuntime runtime;
  private final int pid;
  private final Object[] pipes;
  private final Value onExit;
  private boolean refd = true;
  private boolean exited;

  ChildHandle(NodeRuntime runtime, int pid, Object[] pipes, Value onExit) {
    this.runtime = runtime;
    this.pid = pid;
    this.pipes = pipes;
    this.onExit = onExit;
    runtime.loop().ref();
    ExitWatch.watch(pid, p -> runtime.loop().post(this::exited));
  }

  private void exited() {
    int[] st = ExitWatch.reap(pid);
    exited = true;
    if (refd) runtime.loop().unref();
    runtime.calls().callback(onExit, st[0], st[1]);
  }

  @HostAccess.Export
  public int pid() {
    return pid;
  }

  /** The stream handle of stdio slot {@code i}, or null when it is not a pipe. */
  @HostAccess.Export
  public Object pipe(int i) {
    return i < pipes.length ? pipes[i] : null;
  }

  /** kill(2): 0 or a negative errno (ESRCH once the child is gone). */
  @HostAccess.Export
  public int kill(int signal) {
    if (exited) return -3; // ESRCH, as libuv answers for a reaped process
    return Spawner.kill(pid, signal);
  }

  @HostAccess.Export
  public void ref() {
    if (!refd) {
      refd = true;
      if (!exited) runtime.loop().ref();
    }
  }

  @HostAccess.Export
  public void unref() {
    if (refd) {
      refd = false;
      if (!exited) runtime.loop().unref();
    }
  }

  @HostAccess.Export
  public boolean hasRef() {
    return refd;
  }
}
