package org.node4j.kernel.net;

import io.netty.channel.unix.Errors;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.ClosedChannelException;
import org.node4j.kernel.Errno;

/** Socket failures (Netty's native errno where it has one, JDK exceptions otherwise) as libuv errors. */
public final class NetErrors {
  private NetErrors() {}

  public static Errno of(Throwable t) {
    if (t instanceof Errors.NativeIoException n) {
      Errno e = byNumber(-n.expectedErr());
      if (e != null) return e;
    }
    if (t instanceof ClosedChannelException) return Errno.EPIPE;
    String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase();
    if (m.contains("connection refused")) return Errno.ECONNREFUSED;
    if (m.contains("connection reset")) return Errno.ECONNRESET;
    if (m.contains("broken pipe")) return Errno.EPIPE;
    if (m.contains("address already in use")) return Errno.EADDRINUSE;
    if (m.contains("cannot assign requested address")) return Errno.EADDRNOTAVAIL;
    if (m.contains("permission denied")) return Errno.EACCES;
    if (m.contains("no such file")) return Errno.ENOENT;
    if (m.contains("network is unreachable")) return Errno.ENETUNREACH;
    if (m.contains("timed out")) return Errno.ETIMEDOUT;
    if (m.contains("address family not supported")) return Errno.EAFNOSUPPORT;
    if (t instanceof BindException) return Errno.EADDRINUSE;
    if (t instanceof ConnectException) return Errno.ECONNREFUSED;
    if (t instanceof NoRouteToHostException) return Errno.EHOSTUNREACH;
    if (t instanceof PortUnreachableException) return Errno.ECONNREFUSED;
    if (t instanceof IOException io) return Errno.of(io);
    return Errno.EIO;
  }

  private static Errno byNumber(int n) {
    for (Errno e : Errno.values()) if (e.number == n) return e;
    return null;
  }
}
