package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code udp_wrap}: UDP socket handles for dgram (see {@link UdpHandle}). Sockets still
 * open when the runtime closes (unref'd ones) are closed with it: the JVM may host more runtimes.
 */
public final class UdpWrapBinding implements AutoCloseable {
  private final NodeRuntime runtime;
  private final java.util.Set<UdpHandle> open = new java.util.HashSet<>();

  UdpWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /** A new, unbound socket handle (like uv_udp_init: no fd until bind). */
  @HostAccess.Export
  public UdpHandle create() {
    return new UdpHandle(runtime, open);
  }

  @Override
  public void close() {
    for (UdpHandle h : java.util.List.copyOf(open)) h.close();
  }
}
