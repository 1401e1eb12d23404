package org.node4j.binding;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.kernel.net.Connection;
import org.node4j.kernel.net.Datagram;
import org.node4j.kernel.net.UdpOptions;
import org.node4j.runtime.NodeRuntime;

/**
 * A UDP socket as dgram sees it (libuv's uv_udp_t behind udp_wrap). Unbound until bind (options
 * then fail with EBADF, as libuv's are applied to an fd that does not exist yet); a receiving
 * socket is a ref'd handle; each send is a request that keeps the loop alive until it went
 * out. Addresses reaching here are IP literals (dgram resolves names with its lookup first).
 * Calls return 0 or a negative errno, like libuv.
 */
public final class UdpHandle implements Datagram.Events {
  private static final int EBADF = Errno.EBADF.uv();
  private static final int EINVAL = Errno.EINVAL.uv();
  private static final int EAGAIN = Errno.EAGAIN.uv();

  private final NodeRuntime runtime;
  private Datagram socket;
  private Value onMessage;
  private final HandleRef liveness;
  private boolean closed;

  private final java.util.Set<UdpHandle> registry;

  UdpHandle(NodeRuntime runtime, java.util.Set<UdpHandle> registry) {
    this.runtime = runtime;
    this.liveness = new HandleRef(runtime.loop());
    this.registry = registry;
    registry.add(this);
  }

  private static InetSocketAddress address(String ip, int port) {
    InetAddress a = UdpOptions.literal(ip);
    return a == null ? null : new InetSocketAddress(a, port);
  }

  @HostAccess.Export
  public int bind(String ip, int port, boolean reuseAddr, boolean reusePort, boolean ipv6Only) {
    if (closed) return EBADF;
    if (socket != null) return EINVAL; // bound already (addMembership binds implicitly, as libuv does)
    InetSocketAddress a = address(ip, port);
    if (a == null) return EINVAL;
    Datagram.Bound b = Datagram.bind(a, reuseAddr, reusePort, ipv6Only, this);
    if (b.error() != null) return b.error().uv();
    socket = b.socket();
    return 0;
  }

  // ---- receiving ----

  /** onMessage(arrayBuffer, address, family, port) per datagram; onMessage(null, -errno) on a failed read. */
  @HostAccess.Export
  public int recvStart(Value onMessage) {
    if (closed || socket == null) return EBADF;
    this.onMessage = onMessage;
    liveness.activate();
    socket.recvStart();
    return 0;
  }

  @HostAccess.Export
  public void recvStop() {
    if (closed || socket == null) return;
    socket.recvStop();
    liveness.deactivate();
  }

  @Override
  public void messages(List<Datagram.Message> batch) {
    runtime.loop().post(() -> {
      boolean v6 = socket != null && socket.isIpv6();
      for (Datagram.Message m : batch) {
        if (closed || onMessage == null) return;
        Object[] from = Connection.describe(m.sender(), v6);
        runtime.calls().callback(onMessage, ByteBuffer.wrap(m.data()), from[0], from[1], from[2]);
      }
    });
  }

  @Override
  public void error(Errno e) {
    runtime.loop().post(() -> {
      if (!closed && onMessage != null) runtime.calls().callback(onMessage, null, e.uv());
    });
  }

  // ---- sending ----

  /**
   * Sends {@code length} bytes of {@code arrayBuffer} from {@code offset} to ip:port (ip null: the
   * connected peer). Returns bytes + 1 when it went out at once; otherwise 0, and
   * {@code cb(status, bytes)} runs on the loop once it went out; or a negative errno.
   */
  @HostAccess.Export
  public int send(Value arrayBuffer, int offset, int length, String ip, int port, Value cb) {
    if (closed || socket == null) return EBADF;
    InetSocketAddress to = null;
    if (ip != null) {
      to = address(ip, port);
      if (to == null) return EINVAL;
    }
    byte[] data = new byte[length];
    if (length > 0) arrayBuffer.readBuffer(offset, data, 0, length);
    int sent = socket.trySend(data, to);
    if (sent >= 0) return sent + 1; // done now (JS reports it on the next tick), as libuv's try_send
    if (sent != -1 && sent != EAGAIN) return sent;
    runtime.loop().beginRequest();
    socket.send(data, to, err -> runtime.loop().completeRequest(() -> {
      if (cb != null && cb.canExecute()) runtime.calls().callback(cb, err == null ? 0 : err.uv(), length);
    }));
    return 0;
  }

  @HostAccess.Export
  public double sendQueueSize() {
    return socket == null ? 0 : socket.sendQueueSize();
  }

  @HostAccess.Export
  public int sendQueueCount() {
    return socket == null ? 0 : socket.sendQueueCount();
  }

  // ---- connect ----

  @HostAccess.Export
  public int connect(String ip, int port) {
    if (closed || socket == null) return EBADF;
    InetSocketAddress a = address(ip, port);
    if (a == null) return EINVAL;
    Errno e = socket.connect(a);
    return e == null ? 0 : e.uv();
  }

  @HostAccess.Export
  public int disconnect() {
    if (closed || socket == null) return EBADF;
    Errno e = socket.disconnect();
    return e == null ? 0 : e.uv();
  }

  /** [address, family, port] or a negative errno. */
  @HostAccess.Export
  public Object sockname() {
    if (closed || socket == null) return EBADF;
    Object[] d = Connection.describe(socket.localAddress(), socket.isIpv6());
    return d == null ? (Object) EBADF : d;
  }

  @HostAccess.Export
  public Object peername() {
    if (closed || socket == null) return EBADF;
    Object[] d = Connection.describe(socket.remoteAddress(), socket.isIpv6());
    return d == null ? (Object) Errno.ENOTCONN.uv() : d;
  }

  // ---- options (libuv's uv_udp_set_*) ----

  private int fd() {
    if (closed || socket == null) return -1;
    return socket.fd();
  }

  private int unusable() {
    return closed || socket == null ? EBADF : Errno.ENOTSUP.uv(); // NIO hides the fd
  }

  @HostAccess.Export
  public int setBroadcast(boolean on) {
    int fd = fd();
    return fd < 0 ? unusable() : UdpOptions.broadcast(fd, on);
  }

  @HostAccess.Export
  public int setTTL(int ttl) {
    int fd = fd();
    return fd < 0 ? unusable() : UdpOptions.ttl(fd, socket.isIpv6(), ttl);
  }

  @HostAccess.Export
  public int setMulticastTTL(int ttl) {
    int fd = fd();
    return fd < 0 ? unusable() : UdpOptions.multicastTtl(fd, socket.isIpv6(), ttl);
  }

  @HostAccess.Export
  public int setMulticastLoopback(boolean on) {
    int fd = fd();
    return fd < 0 ? unusable() : UdpOptions.multicastLoop(fd, socket.isIpv6(), on);
  }

  @HostAccess.Export
  public int setMulticastInterface(String iface) {
    int fd = fd();
    return fd < 0 ? unusable() : UdpOptions.multicastInterface(fd, socket.isIpv6(), iface);
  }

  /** Joins or leaves a group; an unbound socket is bound first to the group's any-address, as libuv does. */
  @HostAccess.Export
  public int membership(String group, String iface, boolean add) {
    int fd = membershipFd(group);
    return fd < 0 ? fd : UdpOptions.membership(fd, group, iface, add);
  }

  @HostAccess.Export
  public int sourceMembership(String source, String group, String iface, boolean add) {
    int fd = membershipFd(group);
    return fd < 0 ? fd : UdpOptions.sourceMembership(fd, socket.isIpv6(), source, group, iface, add);
  }

  /** The fd to join {@code group} on, binding an unbound socket first; or a negative errno. */
  private int membershipFd(String group) {
    if (closed) return EBADF;
    InetAddress g = UdpOptions.literal(group);
    if (g == null) return EINVAL;
    if (socket == null) {
      int r = bind(g instanceof java.net.Inet6Address ? "::" : "0.0.0.0", 0, true, false, false);
      if (r != 0) return r;
    }
    int fd = fd();
    return fd < 0 ? unusable() : fd;
  }

  /** Sets (size > 0) and reads SO_RCVBUF or SO_SNDBUF: the size or a negative errno. */
  @HostAccess.Export
  public int bufferSize(int size, boolean recv) {
    int fd = fd();
    return fd < 0 ? unusable() : UdpOptions.bufferSize(fd, recv, size);
  }

  // ---- liveness ----

  @HostAccess.Export
  public void ref() {
    liveness.ref();
  }

  @HostAccess.Export
  public void unref() {
    liveness.unref();
  }

  @HostAccess.Export
  public boolean hasRef() {
    return liveness.hasRef();
  }

  @HostAccess.Export
  public void close() {
    if (closed) return;
    liveness.deactivate();
    closed = true;
    registry.remove(this);
    if (socket != null) socket.close();
  }
}
