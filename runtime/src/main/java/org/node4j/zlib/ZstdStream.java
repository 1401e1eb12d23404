package org.node4j.zlib;

import com.github.luben.zstd.EndDirective;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * A zstd compressor or decompressor (Node's ZSTD_COMPRESS / ZSTD_DECOMPRESS modes) over
 * zstd-jni. Flush values are zstd's end directives: 0 continue, 1 flush, 2 end. Decompression
 * stops at the end of the first frame and ignores what follows, as Node does.
 */
public final class ZstdStream implements Codec {
  public static final int COMPRESS = 10;
  public static final int DECOMPRESS = 11;
  private static final int END = 2;
  private static final int CHUNK = 128 * 1024;

  private final boolean compress;
  private final int[] params;
  private final long pledgedSrcSize;
  private ZstdCompressCtx cctx;
  private ZstdDecompressCtx dctx;
  private boolean frameDone;
  private boolean started;
  private ByteBuffer inBuf = ByteBuffer.allocateDirect(0);
  private final ByteBuffer outBuf = ByteBuffer.allocateDirect(CHUNK);

  /**
   * params are pairs of Node's ZSTD_c_* ids and values; pledgedSrcSize is negative when unknown.
   * Throws IllegalArgumentException for a parameter zstd-jni cannot set.
   */
  public ZstdStream(int mode, int[] params, long pledgedSrcSize) {
    this.compress = mode == COMPRESS;
    this.params = params.clone();
    this.pledgedSrcSize = pledgedSrcSize;
    init();
  }

  private void init() {
    frameDone = false;
    started = false;
    if (!compress) {
      if (dctx == null) dctx = new ZstdDecompressCtx();
      else dctx.reset();
      if (params.length > 0) throw new IllegalArgumentException("zstd decompression parameters");
      return;
    }
    if (cctx == null) cctx = new ZstdCompressCtx();
    else cctx.reset();
    cctx.setLevel(Zstd.defaultCompressionLevel());
    for (int i = 0; i + 1 < params.length; i += 2) set(params[i], params[i + 1]);
    if (pledgedSrcSize >= 0) cctx.setPledgedSrcSize(pledgedSrcSize);
  }

  private void set(int id, int v) {
    switch (id) {
      case 100 -> cctx.setLevel(v);
      case 101 -> cctx.setWindowLog(v);
      case 102 -> cctx.setHashLog(v);
      case 103 -> cctx.setChainLog(v);
      case 104 -> cctx.setSearchLog(v);
      case 105 -> cctx.setMinMatch(v);
      case 106 -> cctx.setTargetLength(v);
      case 107 -> cctx.setStrategy(v);
      case 160 -> cctx.setEnableLongDistanceMatching(
          v == 0 ? Zstd.ParamSwitch.AUTO : v == 1 ? Zstd.ParamSwitch.ENABLE : Zstd.ParamSwitch.DISABLE);
      case 200 -> cctx.setContentSize(v != 0);
      case 201 -> cctx.setChecksum(v != 0);
      case 202 -> cctx.setDictID(v != 0);
      case 400 -> cctx.setWorkers(v);
      case 401 -> cctx.setJobSize(v);
      case 402 -> cctx.setOverlapLog(v);
      default -> throw new IllegalArgumentException("zstd parameter " + id);
    }
  }

  @Override
  public byte[] write(byte[] in, int off, int len, int flush, long maxOutput) throws ZlibException {
    if (compress ? cctx == null : dctx == null) {
      throw new ZlibException(ZlibException.Z_STREAM_ERROR, "zlib binding closed");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(len + 64, 1 << 20)));
    if (!compress && frameDone) return out.toByteArray();
    if (inBuf.capacity() < len) inBuf = ByteBuffer.allocateDirect(Math.max(len, 16 * 1024));
    inBuf.clear();
    inBuf.put(in, off, len).flip();
    byte[] copy = new byte[CHUNK];
    try {
      if (compress) {
        EndDirective op = flush == END ? EndDirective.END : flush == 1 ? EndDirective.FLUSH : EndDirective.CONTINUE;
        if (op == EndDirective.CONTINUE && len == 0) return out.toByteArray();
        while (true) {
          outBuf.clear();
          boolean done = cctx.compressDirectByteBufferStream(outBuf, inBuf, op);
          drain(out, copy, maxOutput);
          if (inBuf.hasRemaining()) continue;
          if (op == EndDirective.CONTINUE || done) break;
        }
        if (op == EndDirective.END) cctx.reset();
      } else {
        while (inBuf.hasRemaining() || started) {
          outBuf.clear();
          boolean done = dctx.decompressDirectByteBufferStream(outBuf, inBuf);
          started = true;
          int produced = outBuf.position();
          drain(out, copy, maxOutput);
          if (done) {
            frameDone = true;
            break;
          }
          if (!inBuf.hasRemaining() && produced < CHUNK) break;
        }
        if (flush == END && !frameDone) {
          throw new ZlibException(ZlibException.Z_BUF_ERROR, "unexpected end of file");
        }
      }
    } catch (ZstdException e) {
      // zstd-jni negates ZSTD_ErrorCode; Node reports the code itself
      throw new ZlibException(Math.abs((int) e.getErrorCode()), e.getMessage());
    }
    return out.toByteArray();
  }

  private void drain(ByteArrayOutputStream out, byte[] copy, long maxOutput) throws ZlibException {
    outBuf.flip();
    int n = outBuf.remaining();
    outBuf.get(copy, 0, n);
    out.write(copy, 0, n);
    if (out.size() > maxOutput) throw new ZlibException(ZlibException.TOO_LARGE, "too large");
  }

  @Override
  public void reset() {
    init();
  }

  @Override
  public void close() {
    if (cctx != null) cctx.close();
    if (dctx != null) dctx.close();
    cctx = null;
    dctx = null;
  }
}
