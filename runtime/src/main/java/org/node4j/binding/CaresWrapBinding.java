package org.node4j.binding;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.kernel.net.Addresses;
import org.node4j.kernel.net.Services;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code cares_wrap}, the getaddrinfo/getnameinfo part: the system resolver (the JDK's,
 * which reads /etc/hosts and resolv.conf) run on the blocking pool, as libuv runs getaddrinfo.
 */
public final class CaresWrapBinding {
  private final NodeRuntime runtime;

  CaresWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /** cb(status, addresses[]) with family 0 (any), 4 or 6; IPv4 first unless {@code order} is "ipv6first". */
  @HostAccess.Export
  public void getaddrinfo(String hostname, int family, String order, Value cb) {
    runtime.pool().submit(() -> {
      InetAddress[] all = InetAddress.getAllByName(hostname);
      List<InetAddress> v4 = new ArrayList<>();
      List<InetAddress> v6 = new ArrayList<>();
      List<InetAddress> verbatim = new ArrayList<>();
      for (InetAddress a : all) {
        if (a instanceof Inet4Address && family != 6) {
          v4.add(a);
          verbatim.add(a);
        } else if (a instanceof Inet6Address && family != 4) {
          v6.add(a);
          verbatim.add(a);
        }
      }
      List<InetAddress> out = new ArrayList<>();
      if ("ipv4first".equals(order)) {
        out.addAll(v4);
        out.addAll(v6);
      } else if ("ipv6first".equals(order)) {
        out.addAll(v6);
        out.addAll(v4);
      } else {
        out = verbatim;
      }
      if (out.isEmpty()) throw new UnknownHostException(hostname);
      Object[] r = new Object[out.size()];
      for (int i = 0; i < r.length; i++) r[i] = Addresses.format(out.get(i));
      return r;
    }, outcome -> {
      if (outcome.error() != null) {
        runtime.calls().callback(cb, Errno.EAI_NONAME.uv(), null);
      } else {
        runtime.calls().callback(cb, 0, outcome.value());
      }
    });
  }

  /** cb(status, hostname, service) for a numeric address and port. */
  @HostAccess.Export
  public void getnameinfo(String address, int port, Value cb) {
    runtime.pool().submit(() -> {
      InetAddress a = InetAddress.getByName(address);
      String host = a.getCanonicalHostName();
      return new Object[] {host, Services.name(port)};
    }, outcome -> {
      if (outcome.error() != null) {
        runtime.calls().callback(cb, Errno.EAI_NONAME.uv(), null, null);
      } else {
        Object[] r = (Object[]) outcome.value();
        runtime.calls().callback(cb, 0, r[0], r[1]);
      }
    });
  }
}
