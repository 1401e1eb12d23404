package org.node4j.kernel.net;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * setsockopt/getsockopt on a socket's fd (Linux numbers), for the UDP options libuv sets
 * directly: Netty's channel options miss some (IPV6_V6ONLY, source-specific membership) and
 * hide the kernel's errno, which Node reports as is (setTTL EINVAL, addMembership ENODEV…).
 * Also sendto, for libuv's uv_udp_try_send: a datagram sent from the calling thread when
 * nothing is queued. Each call returns 0 (or a count) or a negative errno, like libuv.
 */
public final class SockOpts {
  public static final int SOL_SOCKET = 1;
  public static final int SO_BROADCAST = 6;
  public static final int SO_SNDBUF = 7;
  public static final int SO_RCVBUF = 8;
  public static final int IPPROTO_IP = 0;
  public static final int IP_TTL = 2;
  public static final int IP_MULTICAST_IF = 32;
  public static final int IP_MULTICAST_TTL = 33;
  public static final int IP_MULTICAST_LOOP = 34;
  public static final int IP_ADD_MEMBERSHIP = 35;
  public static final int IP_DROP_MEMBERSHIP = 36;
  public static final int IP_ADD_SOURCE_MEMBERSHIP = 39;
  public static final int IP_DROP_SOURCE_MEMBERSHIP = 40;
  public static final int IPPROTO_IPV6 = 41;
  public static final int IPV6_UNICAST_HOPS = 16;
  public static final int IPV6_MULTICAST_IF = 17;
  public static final int IPV6_MULTICAST_HOPS = 18;
  public static final int IPV6_MULTICAST_LOOP = 19;
  public static final int IPV6_ADD_MEMBERSHIP = 20;
  public static final int IPV6_DROP_MEMBERSHIP = 21;
  public static final int IPV6_V6ONLY = 26;
  public static final int MCAST_JOIN_SOURCE_GROUP = 46;
  public static final int MCAST_LEAVE_SOURCE_GROUP = 47;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
  private static final ValueLayout A = ValueLayout.ADDRESS;
  private static final MethodHandle SETSOCKOPT = fn("setsockopt", FunctionDescriptor.of(I, I, I, I, A, I));
  private static final MethodHandle GETSOCKOPT = fn("getsockopt", FunctionDescriptor.of(I, I, I, I, A, A));
  private static final MethodHandle SENDTO = fn("sendto",
      FunctionDescriptor.of(ValueLayout.JAVA_LONG, I, A, ValueLayout.JAVA_LONG, I, A, I));
  private static final int MSG_DONTWAIT = 0x40;

  private SockOpts() {}

  private static MethodHandle fn(String name, FunctionDescriptor d) {
    return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d,
        Linker.Option.captureCallState("errno"));
  }

  /** Sets an option whose value is the given bytes. */
  public static int set(int fd, int level, int name, byte[] value) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment err = a.allocate(CAPTURE);
      MemorySegment v = a.allocate(Math.max(1, value.length));
      MemorySegment.copy(value, 0, v, ValueLayout.JAVA_BYTE, 0, value.length);
      int r = (int) SETSOCKOPT.invokeExact(err, fd, level, name, v, value.length);
      return r == 0 ? 0 : -(int) ERRNO.get(err, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  public static int setInt(int fd, int level, int name, int value) {
    return set(fd, level, name, intBytes(value));
  }

  /** An int option's value, or a negative errno (the options read here are never negative). */
  public static int getInt(int fd, int level, int name) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment err = a.allocate(CAPTURE);
      MemorySegment v = a.allocate(I);
      MemorySegment len = a.allocate(I);
      len.set(I, 0, 4);
      int r = (int) GETSOCKOPT.invokeExact(err, fd, level, name, v, len);
      return r == 0 ? v.get(I, 0) : -(int) ERRNO.get(err, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** sendto(2) without blocking: the bytes sent, or a negative errno (-EAGAIN: try later). */
  public static int sendTo(int fd, byte[] data, java.net.InetSocketAddress to) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment err = a.allocate(CAPTURE);
      MemorySegment buf = a.allocate(Math.max(1, data.length));
      MemorySegment.copy(data, 0, buf, ValueLayout.JAVA_BYTE, 0, data.length);
      MemorySegment addr = MemorySegment.NULL;
      int addrLen = 0;
      if (to != null) {
        byte[] sa = new byte[28];
        sockaddr(sa, 0, to.getAddress());
        sa[2] = (byte) (to.getPort() >> 8);
        sa[3] = (byte) to.getPort();
        if (to.getAddress() instanceof java.net.Inet6Address v6) System.arraycopy(intBytes(v6.getScopeId()), 0, sa, 24, 4);
        addrLen = to.getAddress() instanceof Inet4Address ? 16 : 28;
        addr = a.allocate(28);
        MemorySegment.copy(sa, 0, addr, ValueLayout.JAVA_BYTE, 0, 28);
      }
      long r = (long) SENDTO.invokeExact(err, fd, buf, (long) data.length, MSG_DONTWAIT, addr, addrLen);
      return r >= 0 ? (int) r : -(int) ERRNO.get(err, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  static byte[] intBytes(int v) {
    // native byte order (little-endian on the platforms Netty's epoll ships for)
    return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
  }

  /** struct ip_mreq / ip_mreq_source (Linux order: group, interface[, source]). */
  public static byte[] ipMreq(InetAddress group, InetAddress iface, InetAddress source) {
    byte[] out = new byte[source == null ? 8 : 12];
    System.arraycopy(group.getAddress(), 0, out, 0, 4);
    if (iface != null) System.arraycopy(iface.getAddress(), 0, out, 4, 4);
    if (source != null) System.arraycopy(source.getAddress(), 0, out, 8, 4);
    return out;
  }

  /** struct ipv6_mreq: the group and an interface index (0: the kernel chooses). */
  public static byte[] ipv6Mreq(InetAddress group, int ifindex) {
    byte[] out = new byte[20];
    System.arraycopy(group.getAddress(), 0, out, 0, 16);
    System.arraycopy(intBytes(ifindex), 0, out, 16, 4);
    return out;
  }

  /** struct group_source_req (64-bit layout: index, padding, two sockaddr_storage). */
  public static byte[] groupSourceReq(int ifindex, InetAddress group, InetAddress source) {
    byte[] out = new byte[8 + 128 + 128];
    System.arraycopy(intBytes(ifindex), 0, out, 0, 4);
    sockaddr(out, 8, group);
    sockaddr(out, 8 + 128, source);
    return out;
  }

  private static void sockaddr(byte[] out, int at, InetAddress a) {
    if (a instanceof Inet4Address) {
      out[at] = 2; // AF_INET, sin_port 0
      System.arraycopy(a.getAddress(), 0, out, at + 4, 4);
    } else {
      out[at] = 10; // AF_INET6, port and flowinfo 0
      System.arraycopy(a.getAddress(), 0, out, at + 8, 16);
    }
  }
}
