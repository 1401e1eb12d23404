package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.net.Listener;
import org.node4j.runtime.NodeRuntime;

/**
 * A listening socket as JS sees it. Listening keeps the loop alive (a ref'd handle) until
 * close() or unref(); each accepted connection reaches {@code onConnection(socketHandle)} on
 * the JS thread, paused until JS starts reading.
 */
public final class ServerHandle {
  private final NodeRuntime runtime;
  private final boolean domain;
  private Listener listener;
  private Value onConnection;
  private boolean refd = true;
  private boolean closed;

  ServerHandle(NodeRuntime runtime, boolean domain) {
    this.runtime = runtime;
    this.domain = domain;
  }

  /** Binds and listens; 0 or a negative errno. */
  int listen(java.net.SocketAddress address, int backlog, boolean reusePort, boolean ipv6Only, Value onConnection) {
    this.onConnection = onConnection;
    boolean v6Listener = address instanceof java.net.InetSocketAddress in && in.getAddress() instanceof java.net.Inet6Address;
    Listener.Bound b = Listener.listen(address, domain, backlog, reusePort, ipv6Only, conn -> {
      // I/O thread: the handle exists before any event of the connection can be reported
      SocketHandle h = new SocketHandle(runtime, domain);
      h.v6Socket = v6Listener;
      h.attach(conn);
      conn.setEvents(h);
      runtime.loop().post(() -> {
        if (closed) {
          h.close(null);
          return;
        }
        h.activate();
        runtime.calls().callback(this.onConnection, h);
      });
    });
    if (b.error() != null) {
      closed = true;
      return b.error().uv();
    }
    listener = b.listener();
    if (refd) runtime.loop().ref();
    return 0;
  }

  @HostAccess.Export
  public Object sockname() {
    return closed || listener == null ? null : SocketHandle.describe(listener.localAddress());
  }

  @HostAccess.Export
  public void ref() {
    if (!refd) {
      refd = true;
      if (listener != null && !closed) runtime.loop().ref();
    }
  }

  @HostAccess.Export
  public void unref() {
    if (refd) {
      refd = false;
      if (listener != null && !closed) runtime.loop().unref();
    }
  }

  @HostAccess.Export
  public boolean hasRef() {
    return refd;
  }

  @HostAccess.Export
  public void close(Value cb) {
    if (closed) return;
    closed = true;
    if (listener == null) return;
    if (refd) runtime.loop().unref();
    runtime.loop().beginRequest();
    listener.close(() -> runtime.loop().completeRequest(() -> {
      if (cb != null && cb.canExecute()) runtime.calls().callback(cb);
    }));
  }
}
