package org.node4j.binding;

import java.util.zip.CRC32;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.crypto.Bytes;
import org.node4j.binding.zlib.ZlibHandle;
import org.node4j.runtime.NodeRuntime;
import org.node4j.zlib.BrotliStream;
import org.node4j.zlib.ZlibStream;
import org.node4j.zlib.ZstdStream;

/** Node's {@code zlib} binding: zlib streams over java.util.zip, brotli, zstd, and crc32. */
public final class ZlibBinding {
  private final NodeRuntime runtime;

  ZlibBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public ZlibHandle create(int mode, int level, int strategy, Value dict, double dictOff, double dictLen) {
    byte[] d = dict == null || dict.isNull() ? null : Bytes.read(dict, dictOff, dictLen);
    return new ZlibHandle(runtime, new ZlibStream(mode, level, strategy, d));
  }

  /** A brotli stream (mode 8 decode, 9 encode); params are pairs of parameter id and value, or null if refused. */
  @HostAccess.Export
  public ZlibHandle createBrotli(int mode, Value params) {
    try {
      return new ZlibHandle(runtime, new BrotliStream(mode, ints(params)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A zstd stream (mode 10 compress, 11 decompress); null when a parameter cannot be set. */
  @HostAccess.Export
  public ZlibHandle createZstd(int mode, Value params, double pledgedSrcSize) {
    try {
      return new ZlibHandle(runtime, new ZstdStream(mode, ints(params), (long) pledgedSrcSize));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int[] ints(Value array) {
    int[] r = new int[(int) array.getArraySize()];
    for (int i = 0; i < r.length; i++) r[i] = array.getArrayElement(i).asInt();
    return r;
  }

  /** CRC-32 continuing from {@code initial}, as zlib's crc32(). */
  @HostAccess.Export
  public double crc32(Value arrayBuffer, double offset, double length, double initial) {
    long init = (long) initial & 0xffffffffL;
    CRC32 c = new CRC32();
    if (init == 0) {
      Bytes.feed(arrayBuffer, offset, length, c::update);
      return c.getValue();
    }
    // java.util.zip.CRC32 cannot start from a value: combine by running the raw register.
    long[] crc = {init ^ 0xffffffffL};
    Bytes.feed(arrayBuffer, offset, length, (b, off, len) -> {
      long r = crc[0];
      for (int i = off; i < off + len; i++) r = TABLE[(int) ((r ^ b[i]) & 0xff)] ^ (r >>> 8);
      crc[0] = r;
    });
    return crc[0] ^ 0xffffffffL;
  }

  @HostAccess.Export
  public double crc32String(String s, double initial) {
    byte[] b = Bytes.utf8(s);
    long r = ((long) initial & 0xffffffffL) ^ 0xffffffffL;
    if ((long) initial == 0) {
      CRC32 c = new CRC32();
      c.update(b);
      return c.getValue();
    }
    for (byte x : b) r = TABLE[(int) ((r ^ x) & 0xff)] ^ (r >>> 8);
    return r ^ 0xffffffffL;
  }

  private static final long[] TABLE = new long[256];

  static {
    for (int n = 0; n < 256; n++) {
      long c = n;
      for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320L ^ (c >>> 1) : c >>> 1;
      TABLE[n] = c;
    }
  }
}
