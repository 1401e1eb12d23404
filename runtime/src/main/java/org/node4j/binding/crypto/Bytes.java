package org.node4j.binding.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;

/**
 * Moving bytes across the JS/Java line in bulk: JS passes (ArrayBuffer, offset, length) and Java
 * reads the range with one {@link Value#readBuffer} call; results go back as heap ByteBuffers
 * that JS wraps zero-copy in an ArrayBuffer.
 */
public final class Bytes {
  private Bytes() {}

  /** Consumes a byte range. */
  @FunctionalInterface
  public interface Sink {
    void accept(byte[] b, int off, int len);
  }

  private static final int SCRATCH = 64 * 1024;
  private static final ThreadLocal<byte[]> SCRATCH_BUF = ThreadLocal.withInitial(() -> new byte[SCRATCH]);

  public static byte[] read(Value arrayBuffer, double offset, double length) {
    if (arrayBuffer == null || arrayBuffer.isNull()) return new byte[0];
    int len = (int) length;
    byte[] b = new byte[len];
    if (len > 0) arrayBuffer.readBuffer((long) offset, b, 0, len);
    return b;
  }

  /** Streams a range through a reused scratch array, so large updates do not allocate. */
  public static void feed(Value arrayBuffer, double offset, double length, Sink sink) {
    long off = (long) offset;
    long left = (long) length;
    if (left <= 0) return;
    byte[] s = SCRATCH_BUF.get();
    while (left > 0) {
      int n = (int) Math.min(left, SCRATCH);
      arrayBuffer.readBuffer(off, s, 0, n);
      sink.accept(s, 0, n);
      off += n;
      left -= n;
    }
  }

  private static final ThreadLocal<CharsetEncoder> UTF8 = ThreadLocal.withInitial(() ->
      StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd}));

  /** UTF-8 with U+FFFD for lone surrogates, as V8 (String.getBytes would write '?'). */
  public static byte[] utf8(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        plain = false;
        break;
      }
    }
    if (plain) return s.getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer bb = UTF8.get().reset().encode(java.nio.CharBuffer.wrap(s));
      byte[] b = new byte[bb.remaining()];
      bb.get(b);
      return b;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ByteBuffer wrap(byte[] b) {
    return ByteBuffer.wrap(b);
  }
}
