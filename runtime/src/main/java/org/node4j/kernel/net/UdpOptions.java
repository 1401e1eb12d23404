package org.node4j.kernel.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;

/**
 * libuv's uv_udp_set_* calls on a bound socket's fd: the option (IPv4 or IPv6 flavour by the
 * socket's family), libuv's own range checks, and the kernel's errno otherwise. Each returns 0
 * or a negative errno.
 */
public final class UdpOptions {
  private static final int EINVAL = -22;

  private UdpOptions() {}

  public static int broadcast(int fd, boolean on) {
    return SockOpts.setInt(fd, SockOpts.SOL_SOCKET, SockOpts.SO_BROADCAST, on ? 1 : 0);
  }

  public static int ttl(int fd, boolean v6, int ttl) {
    if (ttl < 1 || ttl > 255) return EINVAL;
    return v6 ? SockOpts.setInt(fd, SockOpts.IPPROTO_IPV6, SockOpts.IPV6_UNICAST_HOPS, ttl)
        : SockOpts.setInt(fd, SockOpts.IPPROTO_IP, SockOpts.IP_TTL, ttl);
  }

  public static int multicastTtl(int fd, boolean v6, int ttl) {
    if (ttl < 0 || ttl > 255) return EINVAL;
    return v6 ? SockOpts.setInt(fd, SockOpts.IPPROTO_IPV6, SockOpts.IPV6_MULTICAST_HOPS, ttl)
        : SockOpts.setInt(fd, SockOpts.IPPROTO_IP, SockOpts.IP_MULTICAST_TTL, ttl);
  }

  public static int multicastLoop(int fd, boolean v6, boolean on) {
    return v6 ? SockOpts.setInt(fd, SockOpts.IPPROTO_IPV6, SockOpts.IPV6_MULTICAST_LOOP, on ? 1 : 0)
        : SockOpts.setInt(fd, SockOpts.IPPROTO_IP, SockOpts.IP_MULTICAST_LOOP, on ? 1 : 0);
  }

  /** The outgoing multicast interface: an IPv4 address, or an IPv6 one with its %scope. */
  public static int multicastInterface(int fd, boolean v6, String iface) {
    if (v6) {
      int index = iface == null ? 0 : scopeIndex(iface);
      if (index < 0) return EINVAL;
      return SockOpts.setInt(fd, SockOpts.IPPROTO_IPV6, SockOpts.IPV6_MULTICAST_IF, index);
    }
    InetAddress a = iface == null ? null : literal(iface);
    if (iface != null && !(a instanceof Inet4Address)) return EINVAL;
    byte[] in = a == null ? new byte[4] : a.getAddress();
    return SockOpts.set(fd, SockOpts.IPPROTO_IP, SockOpts.IP_MULTICAST_IF, in);
  }

  /** Joins ({@code add}) or leaves a multicast group, on an interface given by address. */
  public static int membership(int fd, String group, String iface, boolean add) {
    InetAddress g = literal(group);
    if (g instanceof Inet4Address) {
      InetAddress i = iface == null ? null : literal(iface);
      if (iface != null && !(i instanceof Inet4Address)) return EINVAL;
      return SockOpts.set(fd, SockOpts.IPPROTO_IP, add ? SockOpts.IP_ADD_MEMBERSHIP : SockOpts.IP_DROP_MEMBERSHIP,
          SockOpts.ipMreq(g, i, null));
    }
    if (g instanceof Inet6Address) {
      int index = iface == null ? 0 : scopeIndex(iface);
      if (index < 0) return EINVAL;
      return SockOpts.set(fd, SockOpts.IPPROTO_IPV6,
          add ? SockOpts.IPV6_ADD_MEMBERSHIP : SockOpts.IPV6_DROP_MEMBERSHIP, SockOpts.ipv6Mreq(g, index));
    }
    return EINVAL;
  }

  /** Source-specific membership (IGMPv3 / MLDv2). */
  public static int sourceMembership(int fd, boolean v6, String source, String group, String iface, boolean add) {
    InetAddress s = literal(source);
    InetAddress g = literal(group);
    if (s == null || g == null || (s instanceof Inet6Address) != (g instanceof Inet6Address)) return EINVAL;
    if (g instanceof Inet4Address) {
      InetAddress i = iface == null ? null : literal(iface);
      if (iface != null && !(i instanceof Inet4Address)) return EINVAL;
      return SockOpts.set(fd, SockOpts.IPPROTO_IP,
          add ? SockOpts.IP_ADD_SOURCE_MEMBERSHIP : SockOpts.IP_DROP_SOURCE_MEMBERSHIP, SockOpts.ipMreq(g, i, s));
    }
    int index = iface == null ? 0 : scopeIndex(iface);
    if (index < 0) return EINVAL;
    return SockOpts.set(fd, SockOpts.IPPROTO_IPV6,
        add ? SockOpts.MCAST_JOIN_SOURCE_GROUP : SockOpts.MCAST_LEAVE_SOURCE_GROUP,
        SockOpts.groupSourceReq(index, g, s));
  }

  /** SO_RCVBUF / SO_SNDBUF: sets it when {@code size} > 0, then reads it back (Linux doubles it). */
  public static int bufferSize(int fd, boolean recv, int size) {
    int name = recv ? SockOpts.SO_RCVBUF : SockOpts.SO_SNDBUF;
    if (size > 0) {
      int r = SockOpts.setInt(fd, SockOpts.SOL_SOCKET, name, size);
      if (r < 0) return r;
    }
    return SockOpts.getInt(fd, SockOpts.SOL_SOCKET, name);
  }

  /** An IP literal (never a name: nothing here may block on a resolver), or null. */
  public static InetAddress literal(String s) {
    if (s == null) return null;
    try {
      return InetAddress.ofLiteral(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The interface index of an IPv6 address's %scope (a name or a number), 0 without one, -1 if invalid. */
  private static int scopeIndex(String addr) {
    int pct = addr.indexOf('%');
    if (!(literal(pct < 0 ? addr : addr.substring(0, pct)) instanceof Inet6Address)) return -1;
    if (pct < 0) return 0;
    String scope = addr.substring(pct + 1);
    try {
      return Integer.parseInt(scope);
    } catch (NumberFormatException e) {
      try {
        NetworkInterface n = NetworkInterface.getByName(scope);
        return n == null ? 0 : n.getIndex(); // as if_nametoindex: 0 for an unknown name
      } catch (SocketException x) {
        return -1;
      }
    }
  }
}
