package org.node4j.kernel.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.node4j.kernel.Errno;

/**
 * One UDP socket on Netty (epoll's DatagramChannel, NIO otherwise), shaped like libuv's
 * uv_udp_t: bound synchronously, receiving between recvStart and recvStop, sends with
 * completion and a send queue (size and count), connect/disconnect, options on the fd.
 * Datagrams read in one go reach {@link Events#messages} as one batch, on the I/O thread.
 */
public final class Datagram extends ChannelInboundHandlerAdapter {
  /** libuv's largest datagram: every read gets a buffer this size, so nothing is truncated. */
  private static final int MAX_DATAGRAM = 64 * 1024;

  /** What the socket reports; called on the Netty I/O thread. */
  public interface Events {
    void messages(List<Message> batch);

    void error(Errno e);
  }

  /** A received datagram and its sender. */
  public record Message(byte[] data, InetSocketAddress sender) {}

  /** The outcome of a bind: the socket, or the libuv error. */
  public record Bound(Datagram socket, Errno error) {}

  private final Events events;
  private Channel ch;
  private List<Message> batch; // I/O thread only
  private final AtomicLong queueSize = new AtomicLong();
  private final AtomicInteger queueCount = new AtomicInteger();
  private volatile boolean connected;
  private boolean v6;

  private Datagram(Events events) {
    this.events = events;
  }

  /**
   * Creates a socket of the family of {@code local} and binds it, waiting for the result as
   * libuv's synchronous bind does.
   */
  public static Bound bind(InetSocketAddress local, boolean reuseAddr, boolean reusePort, boolean ipv6Only,
      Events events) {
    NetIo io = NetIo.get();
    boolean v6 = local.getAddress() instanceof Inet6Address;
    SocketProtocolFamily family = v6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
    Datagram d = new Datagram(events);
    Bootstrap b = new Bootstrap().group(io.group)
        .channelFactory(() -> io.epoll ? new EpollDatagramChannel(family) : new NioDatagramChannel(family))
        .option(ChannelOption.AUTO_READ, false)
        // stays active after disconnect() (Netty would otherwise treat the socket as gone)
        .option(ChannelOption.DATAGRAM_CHANNEL_ACTIVE_ON_REGISTRATION, true)
        .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM))
        .handler(d);
    if (reuseAddr) b.option(ChannelOption.SO_REUSEADDR, true);
    if (reusePort && io.epoll) b.option(EpollChannelOption.SO_REUSEPORT, true);
    ChannelFuture reg = b.register().awaitUninterruptibly();
    if (!reg.isSuccess()) return new Bound(null, NetErrors.of(reg.cause()));
    d.ch = reg.channel();
    d.v6 = v6;
    if (v6 && ipv6Only) {
      int fd = d.fd();
      int r = fd < 0 ? Errno.ENOTSUP.uv() : SockOpts.setInt(fd, SockOpts.IPPROTO_IPV6, SockOpts.IPV6_V6ONLY, 1);
      if (r < 0) {
        d.ch.close();
        return new Bound(null, byNumber(-r));
      }
    }
    ChannelFuture f = d.ch.bind(local).awaitUninterruptibly();
    if (!f.isSuccess()) {
      d.ch.close();
      return new Bound(null, NetErrors.of(f.cause()));
    }
    return new Bound(d, null);
  }

  static Errno byNumber(int n) {
    for (Errno e : Errno.values()) if (e.number == n) return e;
    return Errno.EINVAL;
  }

  /** Whether this is an AF_INET6 socket (the family of the address it was bound to). */
  public boolean isIpv6() {
    return v6;
  }

  /** The socket's fd, or -1 when the transport (NIO) hides it. */
  public int fd() {
    return ch instanceof io.netty.channel.unix.UnixChannel u && ch.isOpen() ? u.fd().intValue() : -1;
  }

  // ---- receiving ----

  public void recvStart() {
    ch.config().setAutoRead(true);
  }

  public void recvStop() {
    ch.config().setAutoRead(false);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf buf;
    InetSocketAddress sender;
    if (msg instanceof DatagramPacket p) {
      buf = p.content();
      sender = p.sender();
    } else {
      buf = (ByteBuf) msg;
      sender = (InetSocketAddress) ch.remoteAddress();
    }
    try {
      byte[] data = new byte[buf.readableBytes()];
      buf.readBytes(data);
      if (batch == null) batch = new ArrayList<>();
      batch.add(new Message(data, sender));
    } finally {
      buf.release();
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    List<Message> b = batch;
    batch = null;
    if (b != null) events.messages(b);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    channelReadComplete(ctx); // what was read before the failure still counts
    if (ch.isOpen()) events.error(NetErrors.of(cause));
  }

  // ---- sending ----

  /** Completion of a send: null on success. I/O thread. */
  @FunctionalInterface
  public interface Sent {
    void sent(Errno error);
  }

  /** Sends one datagram (to {@code to}, or to the connected peer when null). */
  public void send(byte[] data, InetSocketAddress to, Sent done) {
    ByteBuf buf = Unpooled.wrappedBuffer(data);
    queueSize.addAndGet(data.length);
    queueCount.incrementAndGet();
    ChannelFuture f = to == null ? ch.writeAndFlush(buf) : ch.writeAndFlush(new DatagramPacket(buf, to));
    f.addListener(r -> {
      queueSize.addAndGet(-data.length);
      queueCount.decrementAndGet();
      done.sent(r.isSuccess() ? null : NetErrors.of(r.cause()));
    });
  }

  /**
   * uv_udp_try_send: when nothing is queued, sends right away from the calling thread; the bytes
   * sent, or a negative errno (-EAGAIN, or -1 when it cannot: the caller queues with send).
   */
  public int trySend(byte[] data, InetSocketAddress to) {
    int fd = fd();
    if (fd < 0 || queueCount.get() != 0) return -1;
    return SockOpts.sendTo(fd, data, to);
  }

  public long sendQueueSize() {
    return queueSize.get();
  }

  public int sendQueueCount() {
    return queueCount.get();
  }

  // ---- connect ----

  /** Connects (sets the default peer and filters what is received); null or the error. */
  public Errno connect(InetSocketAddress remote) {
    ChannelFuture f = ch.connect(remote).awaitUninterruptibly();
    if (!f.isSuccess()) return NetErrors.of(f.cause());
    connected = true;
    return null;
  }

  public Errno disconnect() {
    ChannelFuture f = ch.disconnect().awaitUninterruptibly();
    if (!f.isSuccess()) return NetErrors.of(f.cause());
    connected = false;
    return null;
  }

  public boolean isConnected() {
    return connected;
  }

  public SocketAddress localAddress() {
    return ch.localAddress();
  }

  public SocketAddress remoteAddress() {
    return connected ? ch.remoteAddress() : null;
  }

  public void close() {
    ch.close();
  }
}
