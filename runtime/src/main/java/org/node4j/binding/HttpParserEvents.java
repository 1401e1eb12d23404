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
 * completion, in order (onHead, onBody, onComplete, onError, onUpgrade). Crossings are what a
 * request costs most on the JS thread, so a message without a body (a GET) is one onHead call
 * that says it is complete, and header lists travel as one NUL-joined string (a NUL cannot
 * occur in a parsed name or value) that JS splits, not as a Java array read element by element.
 */
final class HttpParserEvents implements HttpParser.Listener {
  // event kinds: the index of the handler in `handlers`
  private static final int HEAD = 0;
  private static final int BODY = 1;
  private static final int COMPLETE = 2;
  private static final int ERROR = 3;
  private static final int UPGRADE = 4;

  private final NodeRuntime runtime;
  final HttpParser parser;
  private final Value[] handlers;
  /** Runs several events in one JS call: onBatch([kind, argCount, args..., kind, …]). */
  private final Value onBatch;
  private List<Object[]> batch = new ArrayList<>();
  /** Set on the I/O thread once the parser handed the socket over (upgrade) or failed. */
  volatile boolean done;

  HttpParserEvents(NodeRuntime runtime, boolean request, int maxHeaderSize, Value onHead, Value onBody,
      Value onComplete, Value onError, Value onUpgrade, Value onBatch) {
    this.runtime = runtime;
    this.parser = new HttpParser(request, maxHeaderSize, this);
    this.handlers = new Value[] {onHead, onBody, onComplete, onError, onUpgrade};
    this.onBatch = onBatch;
  }

  /** The head event of the message being parsed while nothing followed it yet, else null. */
  private Object[] openHead;

  @Override
  public void head(HttpParser.Head h) {
    openHead = new Object[] {HEAD, h.method(), h.url(), h.statusCode(), h.statusMessage(), h.versionMajor(),
        h.versionMinor(), join(h.rawHeaders()), h.shouldKeepAlive(), h.upgrade(), false};
    batch.add(openHead);
  }

  static String join(String[] list) {
    return list.length == 0 ? "" : String.join("\0", list);
  }

  @Override
  public void body(byte[] data, int offset, int length) {
    if (length == 0) return;
    openHead = null;
    byte[] copy = new byte[length];
    System.arraycopy(data, offset, copy, 0, length);
    batch.add(new Object[] {BODY, ByteBuffer.wrap(copy)});
  }

  @Override
  public void complete(String[] trailers) {
    if (openHead != null && trailers.length == 0 && batch.get(batch.size() - 1) == openHead) {
      openHead[openHead.length - 1] = true; // head and end in one call
    } else {
      batch.add(new Object[] {COMPLETE, join(trailers)});
    }
    openHead = null;
  }

  @Override
  public void error(String code, String reason, int bytesParsed, byte[] rawPacket) {
    done = true;
    openHead = null;
    batch.add(new Object[] {ERROR, code, reason, bytesParsed, ByteBuffer.wrap(rawPacket.clone())});
  }

  @Override
  public void upgrade(byte[] rest) {
    done = true;
    openHead = null;
    batch.add(new Object[] {UPGRADE, ByteBuffer.wrap(rest)});
  }

  /** Takes what the last feed produced (I/O thread). */
  List<Object[]> drain() {
    List<Object[]> b = batch;
    batch = new ArrayList<>();
    openHead = null; // what follows comes in a later completion
    return b;
  }

  /**
   * Runs a batch on the JS thread. Several events go in one call, as llhttp's callbacks all run
   * inside one parser execute in Node: no nextTick runs between a request's end and a parse
   * error that followed it in the same read.
   */
  void dispatch(List<Object[]> events) {
    if (events.size() == 1) {
      Object[] e = events.get(0);
      Object[] args = new Object[e.length - 1];
      System.arraycopy(e, 1, args, 0, args.length);
      runtime.calls().callback(handlers[(Integer) e[0]], args);
      return;
    }
    int n = 0;
    for (Object[] e : events) n += e.length + 1;
    Object[] flat = new Object[n];
    int i = 0;
    for (Object[] e : events) {
      flat[i++] = e[0];
      flat[i++] = e.length - 1;
      System.arraycopy(e, 1, flat, i, e.length - 1);
      i += e.length - 1;
    }
    runtime.calls().callback(onBatch, (Object) flat);
  }
}
