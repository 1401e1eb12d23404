package org.node4j.binding;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.kernel.net.Connection;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code tcp_wrap} (and, with {@code domain}, {@code pipe_wrap}: Unix domain sockets):
 * listen and connect. Addresses reaching here are numeric (JS resolves names with dns.lookup
 * first), so nothing here blocks on a resolver.
 */
public final class TcpWrapBinding {
  private final NodeRuntime runtime;
  private final boolean domain;

  TcpWrapBinding(NodeRuntime runtime, boolean domain) {
    this.runtime = runtime;
    this.domain = domain;
  }

  /** A socket path as the process sees it: relative to the runtime's (virtual) cwd. */
  private String path(String p) {
    return runtime.processState().resolve(p).toString();
  }

  private SocketAddress address(String host, int port) throws UnknownHostException {
    if (domain) return org.node4j.kernel.net.NetIo.get().domainAddress(path(host));
    return new InetSocketAddress(InetAddress.getByName(host), port);
  }

  /**
   * A listening server handle, or a negative errno. {@code host} is an IP (or the path);
   * {@code ipv6Only} keeps an IPv6 socket off IPv4 (IPV6_V6ONLY).
   */
  @HostAccess.Export
  public Object listen(String host, int port, int backlog, boolean reusePort, boolean ipv6Only, Value onConnection) {
    // bind(2) on an existing path fails with EADDRINUSE; Netty's epoll transport would replace it
    if (domain && java.nio.file.Files.exists(java.nio.file.Path.of(path(host)), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Errno.EADDRINUSE.uv();
    }
    ServerHandle h = new ServerHandle(runtime, domain);
    SocketAddress a;
    try {
      a = address(host, port);
    } catch (UnknownHostException e) {
      return Errno.EINVAL.uv();
    }
    int r = h.listen(a, backlog, reusePort, ipv6Only, onConnection);
    return r == 0 ? h : r;
  }

  /**
   * pipe_wrap's open(fd): a stream handle over a connected Unix socket this process already has
   * (the IPC channel a parent left at NODE_CHANNEL_FD); a negative errno when it cannot be used.
   */
  @HostAccess.Export
  public Object open(int fd) {
    int rc = org.node4j.kernel.proc.Spawner.setNonBlocking(fd);
    if (rc < 0) return rc;
    return ProcessWrapBinding.adopt(runtime, fd);
  }

  /**
   * Starts connecting to {@code host} (an IP, or the path) and returns the socket handle at
   * once; {@code onConnect(status)} runs on the loop when the connection is made or failed.
   */
  @HostAccess.Export
  public Object connect(String host, int port, String localAddress, int localPort, Value onConnect) {
    SocketAddress remote;
    SocketAddress local = null;
    try {
      remote = address(host, port);
      if (!domain && (localAddress != null || localPort > 0)) {
        local = new InetSocketAddress(InetAddress.getByName(localAddress == null ? "0.0.0.0" : localAddress),
            localPort);
      }
    } catch (UnknownHostException e) {
      return Errno.EINVAL.uv();
    }
    SocketHandle h = new SocketHandle(runtime, domain);
    h.activate(); // a connecting socket keeps the loop alive
    runtime.loop().beginRequest();
    Connection c = Connection.connect(remote, local, domain, h, err -> runtime.loop().completeRequest(
        () -> runtime.calls().callback(onConnect, err == null ? 0 : err.uv())));
    h.attach(c);
    return h;
  }
}
