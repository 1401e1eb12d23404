package org.node4j.binding;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.http.HttpParser;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code http_parser} binding's callbacks for one socket: the parser runs on the I/O
 * thread and records what it found; everything one read produced reaches JS in one loop
 * completion, in order (onHead, onBody, onComplete, onError, onUpgrade).
 */
final class HttpParserEvents implements HttpParser.Listener {
  private final NodeRuntime runtime;
  final HttpParser parser;
  private final Value onHead;
  private final Value onBody;
  private final Value onComplete;
  private final Value onError;
  private final Value onUpgrade;
  private List<Object[]> batch = new ArrayList<>();
  /** Set on the I/O thread once the parser handed the socket over (upgrade) or failed. */
  volatile boolean done;

  HttpParserEvents(NodeRuntime runtime, boolean request, int maxHeaderSize, Value onHead, Value onBody,
      Value onComplete, Value onError, Value onUpgrade) {
    this.runtime = runtime;
    this.parser = new HttpParser(request, maxHeaderSize, this);
    this.onHead = onHead;
    this.onBody = onBody;
    this.onComplete = onComplete;
    this.onError = onError;
    this.onUpgrade = onUpgrade;
  }

  @Override
  public void head(HttpParser.Head h) {
    batch.add(new Object[] {onHead, h.method(), h.url(), h.statusCode(), h.statusMessage(), h.versionMajor(),
        h.versionMinor(), h.rawHeaders(), h.shouldKeepAlive(), h.upgrade()});
  }

  @Override
  public void body(byte[] data, int offset, int length) {
    if (length == 0) return;
    byte[] copy = new byte[length];
    System.arraycopy(data, offset, copy, 0, length);
    batch.add(new Object[] {onBody, ByteBuffer.wrap(copy)});
  }

  @Override
  public void complete(String[] trailers) {
    batch.add(new Object[] {onComplete, trailers});
  }

  @Override
  public void error(String code, String reason, int bytesParsed, byte[] rawPacket) {
    done = true;
    batch.add(new Object[] {onError, code, reason, bytesParsed, ByteBuffer.wrap(rawPacket.clone())});
  }

  @Override
  public void upgrade(byte[] rest) {
    done = true;
    batch.add(new Object[] {onUpgrade, ByteBuffer.wrap(rest)});
  }

  /** Takes what the last feed produced (I/O thread). */
  List<Object[]> drain() {
    List<Object[]> b = batch;
    batch = new ArrayList<>();
    return b;
  }

  /** Runs a batch on the JS thread. */
  void dispatch(List<Object[]> events) {
    for (Object[] e : events) {
      Object[] args = new Object[e.length - 1];
      System.arraycopy(e, 1, args, 0, args.length);
      runtime.calls().callback((Value) e[0], args);
    }
  }
}
