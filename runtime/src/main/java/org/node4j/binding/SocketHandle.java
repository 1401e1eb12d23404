package org.node4j.binding;

import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.kernel.net.Connection;
import org.node4j.runtime.NodeRuntime;

/**
 * A connected stream socket as JS sees it (libuv's uv_tcp_t / uv_pipe_t behind tcp_wrap and
 * pipe_wrap). Netty reports on its I/O thread; everything here posts to the loop and calls
 * JS only on the JS thread. An open socket is a ref'd handle: it keeps the loop alive until
 * it is closed or unref'd.
 */
public final class SocketHandle implements Connection.Events {
  private static final int UV_EOF = Errno.EOF.uv();

  private final NodeRuntime runtime;
  Connection conn;
  private final boolean domain;
  private Value onRead;
  private boolean closed;
  private long bytesWritten;

  /** The connection is attached right after (it needs this handle for its events). */
  SocketHandle(NodeRuntime runtime, boolean domain) {
    this.runtime = runtime;
    this.domain = domain;
    this.liveness = new HandleRef(runtime.loop());
  }

  // ---- liveness (JS thread only) ----

  private final HandleRef liveness;

  void activate() {
    if (!closed) liveness.activate();
  }

  private void deactivate() {
    liveness.deactivate();
  }

  @HostAccess.Export
  public void ref() {
    liveness.ref();
  }

  @HostAccess.Export
  public void unref() {
    liveness.unref();
  }

  @HostAccess.Export
  public boolean hasRef() {
    return liveness.hasRef();
  }

  // ---- events from the I/O thread ----

  @Override
  public void read(byte[] data) {
    HttpParserEvents http = this.http;
    if (http != null && !http.done) {
      http.parser.feed(data);
      var events = http.drain();
      if (!events.isEmpty()) {
        runtime.loop().post(() -> {
          if (!closed) http.dispatch(events);
        });
      }
      return;
    }
    runtime.loop().post(() -> {
      if (!closed && onRead != null) runtime.calls().callback(onRead, ByteBuffer.wrap(data), data.length, null);
    });
  }

  @Override
  public void eof() {
    HttpParserEvents http = this.http;
    if (http != null && !http.done) {
      http.parser.eof();
      var events = http.drain();
      if (!events.isEmpty()) {
        runtime.loop().post(() -> {
          if (!closed) http.dispatch(events);
        });
      }
    }
    runtime.loop().post(() -> {
      if (!closed && onRead != null) runtime.calls().callback(onRead, null, UV_EOF, null);
    });
  }

  @Override
  public void error(Errno e) {
    postError(e, "read");
  }

  private void postError(Errno e, String syscall) {
    runtime.loop().post(() -> {
      if (!closed && onRead != null) runtime.calls().callback(onRead, null, e.uv(), syscall);
    });
  }

  // ---- HTTP: parsing on the I/O thread ----

  private volatile HttpParserEvents http;

  /**
   * From now on, bytes read go through an HTTP/1 parser on the I/O thread (requests when
   * {@code request}, responses otherwise) and JS receives its events instead of raw data; after
   * an upgrade or a parse error, reads are raw again. Call before readStart, or while paused.
   * {@code onBatch} receives several events of one read in one call (see HttpParserEvents).
   */
  @HostAccess.Export
  public void httpStart(boolean request, int maxHeaderSize, Value onHead, Value onBody, Value onComplete,
      Value onError, Value onUpgrade, Value onBatch) {
    http = new HttpParserEvents(runtime, request, maxHeaderSize, onHead, onBody, onComplete, onError, onUpgrade,
        onBatch);
  }

  /** Back to raw reads (the socket left HTTP: handed to the user, or kept by an agent). */
  @HostAccess.Export
  public void httpStop() {
    http = null;
  }

  /** The next response answers a HEAD request (client side). Runs on the I/O thread, in order. */
  @HostAccess.Export
  public void httpExpectNoBody(boolean noBody) {
    HttpParserEvents h = http;
    if (h != null) conn.onIoThread(ch -> h.parser.expectNoBody(noBody));
  }

  // ---- reading ----

  /** onRead(arrayBuffer | null, nread | UV_EOF | -errno, syscall of an error). */
  @HostAccess.Export
  public void setOnRead(Value onRead) {
    this.onRead = onRead;
  }

  @HostAccess.Export
  public void readStart() {
    if (!closed) conn.readStart();
  }

  @HostAccess.Export
  public void readStop() {
    if (!closed) conn.readStop();
  }

  @HostAccess.Export
  public double bytesRead() {
    return conn == null ? 0 : conn.bytesRead();
  }

  @HostAccess.Export
  public double bytesWritten() {
    return bytesWritten;
  }

  // ---- writing ----

  /**
   * Writes {@code length} bytes of {@code arrayBuffer} from {@code offset}. Returns 0 when the
   * write counts as done now (libuv's synchronous write: the socket's buffer took it), 1 when
   * {@code req(status)} will be called once it went out, or a negative errno.
   */
  @HostAccess.Export
  public int writeBuffer(Value arrayBuffer, int offset, int length, Value req) {
    byte[] bytes = new byte[length];
    if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
    return write(bytes, req);
  }

  /** Writes a string as UTF-8 (or Latin-1 when {@code latin1}); same result as writeBuffer. */
  @HostAccess.Export
  public int writeString(String s, boolean latin1, Value req) {
    return write(s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8), req);
  }

  private int write(byte[] bytes, Value req) {
    if (closed || !conn.isOpen()) return Errno.EPIPE.uv();
    bytesWritten += bytes.length;
    WriteReq w = new WriteReq(req);
    boolean writable = conn.write(bytes, w::complete);
    return w.decide(writable);
  }

  /** A write's completion may race the decision whether JS waits for it. */
  private final class WriteReq {
    private final Value req;
    private int mode; // 0 undecided, 1 done for JS, 2 JS waits for req
    private boolean finished;
    private Errno error;

    WriteReq(Value req) {
      this.req = req;
    }

    synchronized void complete(Errno err) {
      finished = true;
      error = err;
      if (mode == 2) {
        runtime.loop().post(() -> runtime.calls().callback(req, err == null ? 0 : err.uv()));
      } else if (mode == 1 && err != null) {
        postError(err, "write");
      }
    }

    synchronized int decide(boolean writable) {
      if (finished) {
        mode = 1;
        return error == null ? 0 : error.uv();
      }
      mode = writable ? 1 : 2;
      return writable ? 0 : 1;
    }
  }

  @HostAccess.Export
  public void shutdown(Value req) {
    runtime.loop().beginRequest();
    conn.shutdown(err -> runtime.loop().completeRequest(
        () -> runtime.calls().callback(req, err == null ? 0 : err.uv())));
  }

  @HostAccess.Export
  public void close(Value cb) {
    if (closed) return;
    closed = true;
    deactivate();
    if (conn == null) {
      if (cb != null) runtime.loop().onClose(() -> runtime.calls().callback(cb));
      return;
    }
    runtime.loop().beginRequest();
    conn.close(() -> runtime.loop().completeRequest(() -> {
      if (cb != null && cb.canExecute()) runtime.calls().callback(cb);
    }));
  }

  /** Closes with a RST (socket.resetAndDestroy). */
  @HostAccess.Export
  public void reset(Value cb) {
    if (closed) return;
    closed = true;
    deactivate();
    runtime.loop().beginRequest();
    conn.reset(() -> runtime.loop().completeRequest(() -> {
      if (cb != null && cb.canExecute()) runtime.calls().callback(cb);
    }));
  }

  // ---- options ----

  @HostAccess.Export
  public int setNoDelay(boolean on) {
    if (domain || closed) return 0;
    try {
      conn.setNoDelay(on);
      return 0;
    } catch (RuntimeException e) {
      return Errno.EINVAL.uv();
    }
  }

  @HostAccess.Export
  public int setKeepAlive(boolean on, int delaySeconds) {
    if (domain || closed) return 0;
    try {
      conn.setKeepAlive(on, delaySeconds);
      return 0;
    } catch (RuntimeException e) {
      return Errno.EINVAL.uv();
    }
  }

  /** [address, family, port], or the path of a Unix socket, or null. */
  @HostAccess.Export
  public Object sockname() {
    return closed ? null : describe(conn.localAddress(), v6Socket);
  }

  @HostAccess.Export
  public Object peername() {
    return closed ? null : describe(conn.remoteAddress(), v6Socket);
  }

  /** Accepted by a dual-stack IPv6 listener: IPv4 peers show as IPv4-mapped IPv6 addresses. */
  boolean v6Socket;

  static Object describe(SocketAddress a) {
    return describe(a, false);
  }

  static Object describe(SocketAddress a, boolean v6Socket) {
    if (a == null) return null;
    if (a instanceof UnixDomainSocketAddress u) return u.getPath().toString();
    if (a instanceof io.netty.channel.unix.DomainSocketAddress d) return d.path();
    return Connection.describe(a, v6Socket);
  }

  /** The socket's fd (for a child's stdio), or -1. */
  @HostAccess.Export
  public int fd() {
    return closed || conn == null ? -1 : conn.fd();
  }

  // ---- used by the bindings ----

  void attach(Connection c) {
    conn = c;
  }
}
