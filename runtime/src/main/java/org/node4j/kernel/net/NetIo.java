package org.node4j.kernel.net;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one Netty event loop group of the JVM (sockets of every runtime share it; its threads
 * never touch JS) and the channel classes of the transport in use: epoll where the natives
 * load, NIO otherwise. Created on first use so programs without sockets never pay for it.
 */
public final class NetIo {
  private static volatile NetIo instance;

  final EventLoopGroup group;
  final boolean epoll;

  private NetIo() {
    epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, "node4j-net-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    // One I/O thread: the JS thread is the bottleneck, and the machine has few cores.
    int threads = Integer.getInteger("node4j.netThreads", 1);
    group = new MultiThreadIoEventLoopGroup(threads, tf, io);
  }

  public static NetIo get() {
    NetIo io = instance;
    if (io == null) {
      synchronized (NetIo.class) {
        io = instance;
        if (io == null) instance = io = new NetIo();
      }
    }
    return io;
  }

  Class<? extends ServerChannel> serverChannel(boolean domain) {
    if (domain) return epoll ? EpollServerDomainSocketChannel.class : NioServerDomainSocketChannel.class;
    return epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
  }

  Class<? extends Channel> clientChannel(boolean domain) {
    if (domain) return epoll ? EpollDomainSocketChannel.class : NioDomainSocketChannel.class;
    return epoll ? EpollSocketChannel.class : NioSocketChannel.class;
  }

  public SocketAddress domainAddress(String path) {
    return epoll ? new DomainSocketAddress(path) : UnixDomainSocketAddress.of(path);
  }
}
