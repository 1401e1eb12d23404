package org.node4j.kernel.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.SocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.function.Consumer;
import org.node4j.kernel.Errno;

/** A listening socket (TCP or Unix domain); each accepted connection is handed over paused. */
public final class Listener {
  private final Channel ch;

  private Listener(Channel ch) {
    this.ch = ch;
  }

  /** The outcome of a bind: the listener, or the libuv error. */
  public record Bound(Listener listener, Errno error) {}

  /**
   * Binds and listens, waiting for the result as libuv's synchronous bind/listen would.
   * {@code onAccept} runs on the I/O thread for each connection, before any event of it.
   */
  public static Bound listen(SocketAddress address, boolean domain, int backlog, boolean reusePort,
      boolean ipv6Only, Consumer<Connection> onAccept) {
    NetIo io = NetIo.get();
    ServerBootstrap b = new ServerBootstrap().group(io.group);
    if (!domain && address instanceof java.net.InetSocketAddress in && in.getAddress() instanceof java.net.Inet4Address) {
      // an AF_INET socket for an IPv4 address, as libuv makes (Netty's default is a dual-stack
      // IPv6 one, which would collide with an ipv6Only listener on the same port)
      b.channelFactory(() -> io.epoll
          ? new EpollServerSocketChannel(SocketProtocolFamily.INET)
          : new NioServerSocketChannel(SelectorProvider.provider(), SocketProtocolFamily.INET));
    } else {
      b.channel(io.serverChannel(domain));
    }
    b
        .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .childOption(ChannelOption.AUTO_READ, false)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel c) {
            onAccept.accept(Connection.accepted(c));
          }
        });
    if (backlog > 0) b.option(ChannelOption.SO_BACKLOG, backlog);
    if (!domain) b.option(ChannelOption.SO_REUSEADDR, true); // as libuv does for TCP servers
    if (reusePort && io.epoll && !domain) b.option(EpollChannelOption.SO_REUSEPORT, true);
    ChannelFuture reg = b.register().awaitUninterruptibly();
    if (!reg.isSuccess()) return new Bound(null, NetErrors.of(reg.cause()));
    Channel ch = reg.channel();
    if (ipv6Only && address instanceof java.net.InetSocketAddress in && in.getAddress() instanceof java.net.Inet6Address) {
      // before bind, as libuv's UV_TCP_IPV6ONLY (Netty has no option for it)
      int fd = ch instanceof io.netty.channel.unix.UnixChannel u ? u.fd().intValue() : -1;
      int r = fd < 0 ? -Errno.ENOTSUP.number : SockOpts.setInt(fd, SockOpts.IPPROTO_IPV6, SockOpts.IPV6_V6ONLY, 1);
      if (r < 0) {
        ch.close();
        return new Bound(null, Datagram.byNumber(-r));
      }
    }
    ChannelFuture f = ch.bind(address).awaitUninterruptibly();
    if (!f.isSuccess()) {
      ch.close();
      return new Bound(null, NetErrors.of(f.cause()));
    }
    return new Bound(new Listener(f.channel()), null);
  }

  public SocketAddress localAddress() {
    return ch.localAddress();
  }

  public void close(Runnable done) {
    ch.close().addListener(r -> done.run());
  }
}
