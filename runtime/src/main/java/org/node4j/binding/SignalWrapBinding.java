package org.node4j.binding;

import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.kernel.SignalWatch;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code signal_wrap}: process.on('SIGINT') and friends. A watched signal does not keep
 * the loop alive (as in Node); a delivery wakes the loop and calls the JS handler there.
 */
public final class SignalWrapBinding implements AutoCloseable {
  private final NodeRuntime runtime;
  private final Map<String, SignalWatch> watching = new HashMap<>();

  SignalWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /** Starts delivering signal {@code name} ("SIGINT") to {@code onSignal(signum)}; 0 or -errno. */
  @HostAccess.Export
  public int start(String name, Value onSignal) {
    if (watching.containsKey(name)) return 0;
    SignalWatch w = SignalWatch.start(name.substring(3),
        signum -> runtime.loop().post(() -> runtime.calls().callback(onSignal, signum)));
    if (w == null) return Errno.EINVAL.uv();
    watching.put(name, w);
    return 0;
  }

  @HostAccess.Export
  public void stop(String name) {
    SignalWatch w = watching.remove(name);
    if (w != null) w.stop();
  }

  @Override
  public void close() {
    for (SignalWatch w : watching.values()) w.stop();
    watching.clear();
  }
}
