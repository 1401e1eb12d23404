package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.node4j.runtime.EventLoop;
import org.node4j.runtime.NodeRuntime;

/** Node's {@code timers} binding: JS keeps the timer lists; the loop keeps one deadline. */
public final class TimersBinding {
  private final EventLoop loop;

  TimersBinding(NodeRuntime runtime) {
    this.loop = runtime.loop();
  }

  /** Like Node's GetNow: refreshes the loop's cached time first, so timers started by a long
   *  synchronous stretch (a main script, a callback) count from now, not from its start. */
  @HostAccess.Export
  public double getLibuvNow() {
    return loop.updateTime();
  }

  @HostAccess.Export
  public void scheduleTimer(double durationMs) {
    loop.scheduleTimer((long) durationMs);
  }

  @HostAccess.Export
  public void toggleTimerRef(boolean ref) {
    loop.setTimerRef(ref);
  }

  @HostAccess.Export
  public void setImmediateCounts(int count, int refCount) {
    loop.setImmediateCounts(count, refCount);
  }
}
