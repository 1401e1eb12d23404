package org.node4j.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One zlib stream in Node's modes over java.util.zip. Deflate/inflate and their raw forms map
 * to Deflater/Inflater directly; gzip framing (header, CRC-32, length trailer, concatenated
 * members, zero padding after the last member) is done here because java.util.zip only
 * offers it as blocking streams. {@link #write} consumes all input and returns all output.
 */
public final class ZlibStream implements Codec {
  // Node's mode numbers (zlib.constants.DEFLATE …)
  public static final int DEFLATE = 1;
  public static final int INFLATE = 2;
  public static final int GZIP = 3;
  public static final int GUNZIP = 4;
  public static final int DEFLATERAW = 5;
  public static final int INFLATERAW = 6;
  public static final int UNZIP = 7;

  // zlib flush values
  public static final int Z_NO_FLUSH = 0;
  public static final int Z_PARTIAL_FLUSH = 1;
  public static final int Z_SYNC_FLUSH = 2;
  public static final int Z_FULL_FLUSH = 3;
  public static final int Z_FINISH = 4;

  private enum Gz { DETECT, HEADER, BODY, TRAILER, MEMBER_END, IGNORE }

  private int mode;
  private int level;
  private int strategy;
  private final byte[] dictionary;
  private Deflater deflater;
  private Inflater inflater;
  private final byte[] buf = new byte[64 * 1024];

  // gzip state
  private final CRC32 crc = new CRC32();
  private long isize;
  private boolean headerWritten;
  private Gz gz;
  private ByteArrayOutputStream pending; // header or trailer bytes not yet complete
  private int members;
  private boolean ended;

  public ZlibStream(int mode, int level, int strategy, byte[] dictionary) {
    this.mode = mode;
    this.level = level;
    this.strategy = strategy;
    this.dictionary = dictionary;
    init();
  }

  private void init() {
    crc.reset();
    isize = 0;
    headerWritten = false;
    pending = null;
    members = 0;
    ended = false;
    gz = mode == UNZIP ? Gz.DETECT : Gz.HEADER;
    switch (mode) {
      case DEFLATE, DEFLATERAW, GZIP -> {
        if (deflater != null) deflater.end();
        deflater = new Deflater(level, mode != DEFLATE);
        deflater.setStrategy(javaStrategy(strategy));
        if (dictionary != null && mode != GZIP) deflater.setDictionary(dictionary);
      }
      default -> {
        if (inflater != null) inflater.end();
        inflater = new Inflater(mode != INFLATE && mode != UNZIP);
        if (dictionary != null && mode == INFLATERAW) inflater.setDictionary(dictionary);
      }
    }
  }

  private static int javaStrategy(int s) {
    // Z_RLE and Z_FIXED have no java.util.zip counterpart; the default strategy is used.
    return switch (s) {
      case 1 -> Deflater.FILTERED;
      case 2 -> Deflater.HUFFMAN_ONLY;
      default -> Deflater.DEFAULT_STRATEGY;
    };
  }

  @Override
  public void reset() {
    if (mode == GUNZIP || mode == INFLATE) {
      // an UNZIP stream that detected its format keeps it, as zlib's reset does
    }
    init();
  }

  @Override
  public void params(int level, int strategy) {
    this.level = level;
    this.strategy = strategy;
    if (deflater != null) {
      deflater.setLevel(level);
      deflater.setStrategy(javaStrategy(strategy));
    }
  }

  @Override
  public void close() {
    if (deflater != null) deflater.end();
    if (inflater != null) inflater.end();
  }

  /** Feeds input with a zlib flush value; returns everything produced. */
  @Override
  public byte[] write(byte[] in, int off, int len, int flush, long maxOutput) throws ZlibException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(len * 2 + 64, 1 << 20)));
    if (deflater != null) {
      deflate(in, off, len, flush, out, maxOutput);
    } else if (mode == INFLATE || mode == INFLATERAW) {
      inflateZlib(in, off, len, flush, out, maxOutput);
    } else {
      gunzip(in, off, len, flush, out, maxOutput);
    }
    return out.toByteArray();
  }

  private static void check(ByteArrayOutputStream out, long maxOutput) throws ZlibException {
    if (out.size() > maxOutput) throw new ZlibException(ZlibException.TOO_LARGE, "too large");
  }

  // ---- compression ----

  private void deflate(byte[] in, int off, int len, int flush, ByteArrayOutputStream out, long max)
      throws ZlibException {
    if (mode == GZIP && !headerWritten) {
      headerWritten = true;
      int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
      out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3}, 0, 10);
    }
    if (deflater.finished()) return;
    if (mode == GZIP) {
      crc.update(in, off, len);
      isize += len;
    }
    deflater.setInput(in, off, len);
    boolean finish = flush == Z_FINISH;
    if (finish) deflater.finish();
    int jflush = switch (flush) {
      case Z_PARTIAL_FLUSH, Z_SYNC_FLUSH -> Deflater.SYNC_FLUSH;
      case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
      default -> Deflater.NO_FLUSH;
    };
    while (true) {
      int n = deflater.deflate(buf, 0, buf.length, jflush);
      out.write(buf, 0, n);
      check(out, max);
      if (finish) {
        if (deflater.finished()) break;
      } else if (n < buf.length && deflater.needsInput()) {
        break;
      }
    }
    if (finish && mode == GZIP) {
      long c = crc.getValue();
      out.write(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
          (byte) isize, (byte) (isize >> 8), (byte) (isize >> 16), (byte) (isize >> 24)}, 0, 8);
    }
  }

  // ---- decompression ----

  /** Inflates until the input is used up or the stream ends; true when it ended. */
  private boolean inflateSome(ByteArrayOutputStream out, long max, boolean gzipBody) throws ZlibException {
    try {
      while (true) {
        int n = inflater.inflate(buf);
        if (n > 0) {
          out.write(buf, 0, n);
          if (gzipBody) {
            crc.update(buf, 0, n);
            isize += n;
          }
          check(out, max);
        }
        if (inflater.finished()) return true;
        if (inflater.needsDictionary()) {
          if (dictionary == null) throw new ZlibException(ZlibException.Z_NEED_DICT, "Missing dictionary");
          try {
            inflater.setDictionary(dictionary);
          } catch (IllegalArgumentException e) {
            throw new ZlibException(ZlibException.Z_DATA_ERROR, "Bad dictionary");
          }
          continue;
        }
        if (n == 0 && inflater.needsInput()) return false;
      }
    } catch (DataFormatException e) {
      throw new ZlibException(ZlibException.Z_DATA_ERROR, String.valueOf(e.getMessage()));
    }
  }

  private static ZlibException unexpectedEnd() {
    return new ZlibException(ZlibException.Z_BUF_ERROR, "unexpected end of file");
  }

  private void inflateZlib(byte[] in, int off, int len, int flush, ByteArrayOutputStream out, long max)
      throws ZlibException {
    if (!ended) {
      inflater.setInput(in, off, len);
      // trailing bytes after the end of the stream are ignored, as Node does by default
      ended = inflateSome(out, max, false);
    }
    if (flush == Z_FINISH && !ended) throw unexpectedEnd();
  }

  private void gunzip(byte[] in, int off, int len, int flush, ByteArrayOutputStream out, long max)
      throws ZlibException {
    int p = off;
    int end = off + len;
    while (p < end) {
      switch (gz) {
        case DETECT -> {
          if (pending == null) pending = new ByteArrayOutputStream();
          pending.write(in[p++]);
          byte[] h = pending.toByteArray();
          if ((h[0] & 0xff) != 0x1f || (h.length == 2 && (h[1] & 0xff) != 0x8b)) {
            // not gzip: a zlib stream
            mode = INFLATE;
            inflater.end();
            inflater = new Inflater(false);
            pending = null;
            inflater.setInput(h);
            ended = inflateSome(out, max, false);
            inflateZlib(in, p, end - p, flush, out, max);
            return;
          }
          if (h.length == 2) {
            gz = Gz.HEADER;
            inflater.end();
            inflater = new Inflater(true);
            // keep the two magic bytes pending for the header parser
          }
        }
        case HEADER -> {
          if (pending == null) pending = new ByteArrayOutputStream();
          int take = Math.min(end - p, 1024);
          pending.write(in, p, take);
          byte[] h = pending.toByteArray();
          int headerLen = parseHeader(h);
          if (headerLen < 0) {
            p += take;
            continue;
          }
          // bytes of this write past the header go to the body
          int used = take - (h.length - headerLen);
          p += used;
          pending = null;
          gz = Gz.BODY;
        }
        case BODY -> {
          inflater.setInput(in, p, end - p);
          boolean done = inflateSome(out, max, true);
          if (!done) {
            p = end;
            continue;
          }
          p = end - inflater.getRemaining();
          gz = Gz.TRAILER;
          pending = new ByteArrayOutputStream();
        }
        case TRAILER -> {
          int take = Math.min(end - p, 8 - pending.size());
          pending.write(in, p, take);
          p += take;
          if (pending.size() == 8) {
            byte[] t = pending.toByteArray();
            long c = le32(t, 0);
            long size = le32(t, 4);
            if (c != crc.getValue()) throw new ZlibException(ZlibException.Z_DATA_ERROR, "incorrect data check");
            if (size != (isize & 0xffffffffL)) {
              throw new ZlibException(ZlibException.Z_DATA_ERROR, "incorrect length check");
            }
            members++;
            pending = null;
            gz = Gz.MEMBER_END;
          }
        }
        case MEMBER_END -> {
          if (in[p] == 0) {
            // zero padding (as tar leaves) ends the data
            gz = Gz.IGNORE;
            continue;
          }
          inflater.reset();
          crc.reset();
          isize = 0;
          gz = Gz.HEADER;
        }
        case IGNORE -> p = end;
      }
    }
    if (flush == Z_FINISH) {
      boolean complete = gz == Gz.MEMBER_END || gz == Gz.IGNORE;
      if (!complete) throw unexpectedEnd();
    }
  }

  private static long le32(byte[] b, int i) {
    return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
  }

  /** The gzip header's length, or -1 when more bytes are needed. */
  private static int parseHeader(byte[] h) throws ZlibException {
    if (h.length >= 1 && (h[0] & 0xff) != 0x1f) throw new ZlibException(ZlibException.Z_DATA_ERROR, "incorrect header check");
    if (h.length >= 2 && (h[1] & 0xff) != 0x8b) throw new ZlibException(ZlibException.Z_DATA_ERROR, "incorrect header check");
    if (h.length >= 3 && h[2] != 8) throw new ZlibException(ZlibException.Z_DATA_ERROR, "unknown compression method");
    if (h.length < 10) return -1;
    int flags = h[3] & 0xff;
    if ((flags & 0xe0) != 0) throw new ZlibException(ZlibException.Z_DATA_ERROR, "unknown header flags set");
    int p = 10;
    if ((flags & 4) != 0) { // FEXTRA
      if (h.length < p + 2) return -1;
      int xlen = (h[p] & 0xff) | (h[p + 1] & 0xff) << 8;
      p += 2 + xlen;
      if (h.length < p) return -1;
    }
    if ((flags & 8) != 0) { // FNAME
      while (p < h.length && h[p] != 0) p++;
      if (p >= h.length) return -1;
      p++;
    }
    if ((flags & 16) != 0) { // FCOMMENT
      while (p < h.length && h[p] != 0) p++;
      if (p >= h.length) return -1;
      p++;
    }
    if ((flags & 2) != 0) { // FHCRC: the low 16 bits of the header's CRC-32
      if (h.length < p + 2) return -1;
      CRC32 c = new CRC32();
      c.update(h, 0, p);
      int want = (h[p] & 0xff) | (h[p + 1] & 0xff) << 8;
      if ((c.getValue() & 0xffff) != want) throw new ZlibException(ZlibException.Z_DATA_ERROR, "header crc mismatch");
      p += 2;
    }
    return p;
  }
}
