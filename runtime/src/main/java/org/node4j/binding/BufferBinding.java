package org.node4j.binding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.node4j.binding.buffer.Utf8;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code buffer} binding: the bulk byte work behind Buffer's codecs, compare and search.
 *
 * <p>JS hands over the {@code ArrayBuffer} behind a view plus a byte range; Java copies the range
 * out in one {@link Value#readBuffer} call (the polyglot API has no bulk write, and per-byte writes
 * cost ~100 ns each). Results going the other way are returned as a heap {@link ByteBuffer}
 * that JS wraps in an {@code ArrayBuffer} (zero-copy, HostAccess allows buffer access) and copies
 * into place with {@code TypedArray.prototype.set}. lib/internal/buffer_codec.js calls this only
 * above a few hundred bytes: below that the JS loops win over the crossing.
 */
public final class BufferBinding {
  private static final HexFormat HEX = HexFormat.of();

  private static byte[] read(Value arrayBuffer, int offset, int length) {
    byte[] b = new byte[length];
    if (length > 0) arrayBuffer.readBuffer(offset, b, 0, length);
    return b;
  }

  // ---- bytes -> string ----

  /**
   * UTF-8 with one U+FFFD per maximal invalid subpart, as the WHATWG decoder (and V8) do. The
   * JDK's decoder differs (one U+FFFD for an encoded surrogate, for example), so valid input
   * takes its fast path and anything else is decoded here.
   */
  @HostAccess.Export
  public String utf8Slice(Value arrayBuffer, int offset, int length) {
    byte[] b = read(arrayBuffer, offset, length);
    if (Utf8.isValid(b, 0, b.length)) return new String(b, StandardCharsets.UTF_8);
    return Utf8.decodeWithReplacement(b);
  }

  @HostAccess.Export
  public String latin1Slice(Value arrayBuffer, int offset, int length) {
    return new String(read(arrayBuffer, offset, length), StandardCharsets.ISO_8859_1);
  }

  @HostAccess.Export
  public String asciiSlice(Value arrayBuffer, int offset, int length) {
    byte[] b = read(arrayBuffer, offset, length);
    for (int i = 0; i < b.length; i++) b[i] &= 0x7f;
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** UTF-16LE code units as they are: lone surrogates stay (the JDK decoder would replace them). */
  @HostAccess.Export
  public String ucs2Slice(Value arrayBuffer, int offset, int length) {
    byte[] b = read(arrayBuffer, offset, length & ~1);
    char[] c = new char[b.length >> 1];
    for (int i = 0; i < c.length; i++) c[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
    return new String(c);
  }

  @HostAccess.Export
  public String hexSlice(Value arrayBuffer, int offset, int length) {
    return HEX.formatHex(read(arrayBuffer, offset, length));
  }

  @HostAccess.Export
  public String base64Slice(Value arrayBuffer, int offset, int length, boolean url) {
    byte[] b = read(arrayBuffer, offset, length);
    return url ? Base64.getUrlEncoder().withoutPadding().encodeToString(b)
        : Base64.getEncoder().encodeToString(b);
  }

  // ---- string -> bytes (at most `max` bytes, whole characters only) ----

  @HostAccess.Export
  public ByteBuffer utf8Encode(String s, double maxBytes) {
    int len = s.length();
    long max = (long) Math.min(maxBytes, Integer.MAX_VALUE - 8);
    // Worst case 3 bytes per UTF-16 unit (a pair takes 4 for 2 units).
    byte[] out = new byte[(int) Math.min(max, 3L * len)];
    int p = 0;
    int n = out.length;
    for (int i = 0; i < len; i++) {
      int c = s.charAt(i);
      if (c < 0x80) {
        if (p >= n) break;
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        if (p + 2 > n) break;
        out[p++] = (byte) (0xc0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3f));
      } else {
        if (Character.isSurrogate((char) c)) {
          if (Character.isHighSurrogate((char) c) && i + 1 < len
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            if (p + 4 > n) break;
            int cp = Character.toCodePoint((char) c, s.charAt(i + 1));
            out[p++] = (byte) (0xf0 | (cp >> 18));
            out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
            out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
            out[p++] = (byte) (0x80 | (cp & 0x3f));
            i++;
            continue;
          }
          c = 0xfffd; // a lone surrogate
        }
        if (p + 3 > n) break;
        out[p++] = (byte) (0xe0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[p++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return ByteBuffer.wrap(out, 0, p).slice();
  }

  /** UTF-8 length with lone surrogates counted as the 3 bytes of U+FFFD. */
  @HostAccess.Export
  public double utf8Length(String s) {
    int len = s.length();
    long n = len;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) continue;
      if (c < 0x800) {
        n += 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 2;
        i++;
      } else {
        n += 2;
      }
    }
    return n;
  }

  @HostAccess.Export
  public ByteBuffer ucs2Encode(String s, int units) {
    byte[] out = new byte[units * 2];
    for (int i = 0; i < units; i++) {
      char c = s.charAt(i);
      out[2 * i] = (byte) c;
      out[2 * i + 1] = (byte) (c >> 8);
    }
    return ByteBuffer.wrap(out);
  }

  /** The low byte of each code unit, as Node writes latin1 and ascii. */
  @HostAccess.Export
  public ByteBuffer latin1Encode(String s, int count) {
    byte[] out = new byte[count];
    for (int i = 0; i < count; i++) out[i] = (byte) s.charAt(i);
    return ByteBuffer.wrap(out);
  }

  /** Hex pairs up to the first invalid one. */
  @HostAccess.Export
  public ByteBuffer hexDecode(String s, int pairs) {
    byte[] out = new byte[pairs];
    int i = 0;
    for (; i < pairs; i++) {
      // Two-byte strings are read by the low byte of each unit, as Node does.
      int hi = hexValue(s.charAt(2 * i) & 0xff);
      int lo = hexValue(s.charAt(2 * i + 1) & 0xff);
      if (hi < 0 || lo < 0) break;
      out[i] = (byte) (hi << 4 | lo);
    }
    return ByteBuffer.wrap(out, 0, i).slice();
  }

  private static int hexValue(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  private static final byte[] B64 = new byte[128];

  static {
    Arrays.fill(B64, (byte) -1);
    String std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; i++) B64[std.charAt(i)] = (byte) i;
    B64['-'] = 62;
    B64['_'] = 63;
  }

  /** Lenient base64/base64url: junk skipped, '=' ends the data, at most {@code max} bytes. */
  @HostAccess.Export
  public ByteBuffer base64Decode(String s, double maxBytes) {
    // Well-formed standard base64 (the usual case) goes through the JDK's decoder; anything
    // it refuses is decoded leniently below, which gives the same bytes for valid input.
    try {
      byte[] strict = Base64.getDecoder().decode(s);
      if (strict.length <= maxBytes) return ByteBuffer.wrap(strict);
      return ByteBuffer.wrap(strict, 0, (int) maxBytes).slice();
    } catch (IllegalArgumentException notStrict) {
      // junk, whitespace, the URL alphabet or misplaced padding: the lenient path
    }
    int len = s.length();
    int max = (int) Math.min(maxBytes, (len * 3L) / 4 + 3);
    byte[] out = new byte[max];
    int p = 0;
    int acc = 0;
    int bits = 0;
    for (int i = 0; i < len && p < max; i++) {
      char c = (char) (s.charAt(i) & 0xff); // Node reads two-byte strings by the low byte
      if (c == '=') break;
      int v = c < 128 ? B64[c] : -1;
      if (v < 0) continue;
      acc = (acc << 6 | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[p++] = (byte) (acc >> bits);
      }
    }
    return ByteBuffer.wrap(out, 0, p).slice();
  }

  // ---- compare, search, validate ----

  /** Sign of the unsigned comparison of the two ranges of equal length {@code n}. */
  @HostAccess.Export
  public int compare(Value a, int aOffset, Value b, int bOffset, int n) {
    int r = Arrays.compareUnsigned(read(a, aOffset, n), read(b, bOffset, n));
    return Integer.signum(r);
  }

  /** First index >= from (relative to offset) where needle occurs in the range, or -1. */
  @HostAccess.Export
  public int indexOf(Value hay, int offset, int length, Value needle, int needleOffset,
      int needleLength, int from) {
    byte[] h = read(hay, offset, length);
    byte[] n = read(needle, needleOffset, needleLength);
    int last = length - needleLength;
    if (needleLength == 0) return from <= length ? from : -1;
    byte first = n[0];
    outer:
    for (int i = from; i <= last; i++) {
      if (h[i] != first) continue;
      for (int j = 1; j < needleLength; j++) if (h[i + j] != n[j]) continue outer;
      return i;
    }
    return -1;
  }

  @HostAccess.Export
  public boolean isAscii(Value arrayBuffer, int offset, int length) {
    byte[] b = read(arrayBuffer, offset, length);
    for (byte x : b) if (x < 0) return false;
    return true;
  }

  /** Strict UTF-8: no overlongs, surrogates, or code points past U+10FFFF. */
  @HostAccess.Export
  public boolean isUtf8(Value arrayBuffer, int offset, int length) {
    byte[] b = read(arrayBuffer, offset, length);
    return Utf8.isValid(b, 0, b.length);
  }
}
