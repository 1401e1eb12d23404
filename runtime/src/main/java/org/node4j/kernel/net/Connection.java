package org.node4j.kernel.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.function.Consumer;
import org.node4j.kernel.Errno;

/**
 * One stream socket (TCP or Unix domain) on Netty, shaped like a libuv stream: reading only
 * between readStart and readStop (Netty's autoRead, so a paused reader stops reading from the
 * kernel and TCP's window pushes back on the peer), writes with completion, shutdown of the
 * write side after the last write, close. Events arrive on the I/O thread and never touch JS.
 */
public final class Connection extends ChannelInboundHandlerAdapter {
  /** What the socket reports; called on the Netty I/O thread, in order. */
  public interface Events {
    void read(byte[] data);

    /** The peer shut down its write side (EOF). */
    void eof();

    void error(Errno e);
  }

  /** Completion of a write, shutdown or connect: null on success. I/O thread. */
  @FunctionalInterface
  public interface Done {
    void done(Errno error);
  }

  /**
   * A protocol layer in front of this handler (TLS): it may claim exceptions (reporting them its
   * own way) and ends the write side its own way (close_notify) before the TCP shutdown.
   */
  public interface Layer {
    boolean exceptionCaught(Throwable cause);

    ChannelFuture closeOutbound(Channel ch);
  }

  private volatile Channel ch;
  private volatile Events events;
  private volatile Layer layer;
  private volatile long bytesRead;
  private ChannelFuture lastWrite;
  private volatile boolean eofSeen;

  private Connection() {}

  /** Starts connecting; {@code done} reports the outcome. The connection exists at once. */
  public static Connection connect(SocketAddress remote, SocketAddress local, boolean domain, Events events,
      Done done) {
    NetIo io = NetIo.get();
    Connection c = new Connection();
    c.events = events;
    Bootstrap b = new Bootstrap().group(io.group).channel(io.clientChannel(domain))
        .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .option(ChannelOption.AUTO_READ, false)
        .handler(c);
    ChannelFuture f = local != null ? b.connect(remote, local) : b.connect(remote);
    c.ch = f.channel();
    f.addListener(x -> done.done(x.isSuccess() ? null : NetErrors.of(x.cause())));
    return c;
  }

  /**
   * Takes over an already connected Unix stream socket by fd (a child's stdio or IPC pipe, or
   * the IPC channel a parent left at NODE_CHANNEL_FD), paused like an accepted one; null when
   * the epoll transport is not available (NIO cannot adopt an fd).
   */
  public static Connection adopt(int fd, Events events) {
    NetIo io = NetIo.get();
    if (!io.epoll) return null;
    io.netty.channel.epoll.EpollDomainSocketChannel ch = new io.netty.channel.epoll.EpollDomainSocketChannel(fd);
    ch.config().setAllowHalfClosure(true);
    ch.config().setAutoRead(false);
    Connection c = accepted(ch);
    c.events = events;
    io.group.register(ch).syncUninterruptibly();
    return c;
  }

  static Connection accepted(Channel ch) {
    Connection c = new Connection();
    c.ch = ch;
    ch.pipeline().addLast("node4j", c);
    return c;
  }

  public void addLayer(Layer layer) {
    this.layer = layer;
  }

  public void setEvents(Events events) {
    this.events = events;
  }

  public Events events() {
    return events;
  }

  // ---- reading ----

  // I/O thread only: whether JS reads now, and what arrived meanwhile. Netty reads from the
  // kernel only while JS reads (autoRead), but a layer in front (TLS) may still hand over
  // bytes it decrypted on its own, e.g. data that came with the end of the handshake: they
  // wait here until JS (or the HTTP parser it installs first) starts reading.
  private boolean reading;
  private java.util.ArrayDeque<byte[]> held;
  private boolean heldEof;

  public void readStart() {
    ch.eventLoop().execute(() -> {
      reading = true;
      java.util.ArrayDeque<byte[]> h = held;
      held = null;
      if (h != null) for (byte[] d : h) events.read(d);
      if (heldEof) {
        heldEof = false;
        events.eof();
      }
    });
    // After EOF there is nothing left to read; Netty may have dropped the fd from epoll already.
    if (eofSeen) return;
    ch.config().setAutoRead(true);
  }

  public void readStop() {
    ch.eventLoop().execute(() -> reading = false);
    ch.config().setAutoRead(false);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf buf = (ByteBuf) msg;
    try {
      int n = buf.readableBytes();
      if (n == 0) return;
      byte[] data = new byte[n];
      buf.readBytes(data);
      bytesRead += n;
      if (!reading) {
        if (held == null) held = new java.util.ArrayDeque<>();
        held.add(data);
        return;
      }
      events.read(data);
    } finally {
      buf.release();
    }
  }

  /** The end of input, after anything held back. */
  private void eofNow() {
    if (eofSeen) return;
    eofSeen = true;
    if (held != null && !held.isEmpty()) heldEof = true;
    else events.eof();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof ChannelInputShutdownEvent || evt instanceof io.netty.handler.ssl.SslCloseCompletionEvent) {
      eofNow();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    Layer l = layer;
    if (l != null && l.exceptionCaught(cause)) return;
    if (eofSeen) return; // a late read attempt on a finished socket: nothing was lost
    Events e = events;
    if (e != null) e.error(NetErrors.of(cause));
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    // A connection that died without a FIN we saw (closed under a paused reader, say) still
    // ends its readable side, as libuv reports EOF.
    if (!eofSeen && events != null && !closing) eofNow();
  }

  // ---- writing ----

  /**
   * Queues bytes; returns true while the socket's outgoing buffer is under its high-water mark,
   * i.e. the caller may count the write as done now (as libuv does when the kernel took it all).
   * {@code done} always runs when the bytes reached the kernel or failed.
   */
  public boolean write(ByteBuf data, Done done) {
    ChannelFuture f = ch.writeAndFlush(data);
    lastWrite = f;
    f.addListener(r -> done.done(r.isSuccess() ? null : NetErrors.of(r.cause())));
    return ch.isWritable();
  }

  public boolean write(byte[] data, Done done) {
    return write(Unpooled.wrappedBuffer(data), done);
  }

  public boolean isOpen() {
    return ch.isOpen();
  }

  /** Shuts the write side down once every queued write has gone out (a FIN after the data). */
  public void shutdown(Done done) {
    ChannelFuture after = lastWrite;
    Runnable go = () -> {
      if (!(ch instanceof DuplexChannel d) || !ch.isActive()) {
        done.done(ch.isActive() ? null : Errno.ENOTCONN);
        return;
      }
      Layer l = layer;
      if (l != null) {
        // TLS: close_notify first, then the FIN
        l.closeOutbound(ch).addListener(x -> d.shutdownOutput().addListener(
            r -> done.done(r.isSuccess() || !ch.isActive() ? null : NetErrors.of(r.cause()))));
        return;
      }
      d.shutdownOutput().addListener(r -> done.done(r.isSuccess() ? null : NetErrors.of(r.cause())));
    };
    if (after == null || after.isDone()) go.run();
    else after.addListener(r -> go.run());
  }

  private volatile boolean closing;

  public void close(Runnable done) {
    closing = true;
    ch.close().addListener(r -> done.run());
  }

  /** Closes with a RST instead of a FIN (socket.resetAndDestroy). */
  public void reset(Runnable done) {
    closing = true;
    try {
      ch.config().setOption(ChannelOption.SO_LINGER, 0);
    } catch (RuntimeException ignored) {
      // not a TCP socket: a plain close
    }
    ch.close().addListener(r -> done.run());
  }

  // ---- options and addresses ----

  public void setNoDelay(boolean on) {
    ch.config().setOption(ChannelOption.TCP_NODELAY, on);
  }

  public void setKeepAlive(boolean on, int delaySeconds) {
    ch.config().setOption(ChannelOption.SO_KEEPALIVE, on);
    if (on && delaySeconds > 0 && NetIo.get().epoll) {
      ch.config().setOption(io.netty.channel.epoll.EpollChannelOption.TCP_KEEPIDLE, delaySeconds);
    }
  }

  public long bytesRead() {
    return bytesRead;
  }

  public SocketAddress localAddress() {
    return ch.localAddress();
  }

  public SocketAddress remoteAddress() {
    return ch.remoteAddress();
  }

  /** [address, family, port] of an IP socket address, null otherwise. */
  public static Object[] describe(SocketAddress a) {
    return describe(a, false);
  }

  /**
   * As {@link #describe(SocketAddress)}; on an IPv6 socket ({@code v6Socket}) an IPv4 address is
   * the IPv4-mapped IPv6 one the kernel reports (Java turns those into IPv4 addresses), as
   * Node shows them: "::ffff:127.0.0.1", family IPv6.
   */
  public static Object[] describe(SocketAddress a, boolean v6Socket) {
    if (!(a instanceof InetSocketAddress in) || in.getAddress() == null) return null;
    String host = Addresses.format(in.getAddress());
    boolean v6 = in.getAddress() instanceof java.net.Inet6Address;
    if (!v6 && v6Socket) return new Object[] {"::ffff:" + host, "IPv6", in.getPort()};
    return new Object[] {host, v6 ? "IPv6" : "IPv4", in.getPort()};
  }

  /** Runs {@code task} on this socket's I/O thread. */
  public void onIoThread(Consumer<Channel> task) {
    ch.eventLoop().execute(() -> task.accept(ch));
  }

  public Channel channel() {
    return ch;
  }

  /** The socket's fd (to pass it on to a child process), or -1 when the transport hides it. */
  public int fd() {
    return ch instanceof io.netty.channel.unix.UnixChannel u && ch.isOpen() ? u.fd().intValue() : -1;
  }
}
