package org.node4j.kernel.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollChannelOption;
import java.net.SocketAddress;
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
      Consumer<Connection> onAccept) {
    NetIo io = NetIo.get();
    ServerBootstrap b = new ServerBootstrap().group(io.group).channel(io.serverChannel(domain))
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
    ChannelFuture f = b.bind(address).awaitUninterruptibly();
    if (!f.isSuccess()) return new Bound(null, NetErrors.of(f.cause()));
    return new Bound(new Listener(f.channel()), null);
  }

  public SocketAddress localAddress() {
    return ch.localAddress();
  }

  public void close(Runnable done) {
    ch.close().addListener(r -> done.run());
  }
}
