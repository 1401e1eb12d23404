package org.node4j.zlib;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A brotli encoder or decoder (Node's BROTLI_ENCODE / BROTLI_DECODE modes) over the C library
 * ({@link BrotliNative}). Flush values are brotli's operations: 0 process, 1 flush, 2 finish,
 * 3 emit metadata. Input after the end of a brotli stream is ignored, as in Node.
 */
public final class BrotliStream implements Codec {
  public static final int DECODE = 8;
  public static final int ENCODE = 9;
  private static final int OP_FINISH = 2;
  private static final int CHUNK = 64 * 1024;
  private static final int RESULT_ERROR = 0;
  private static final int RESULT_SUCCESS = 1;
  private static final int RESULT_NEEDS_MORE_INPUT = 2;

  private final boolean encode;
  private final int[] params; // pairs: parameter id, value
  private MemorySegment state = MemorySegment.NULL;
  private int lastResult = RESULT_NEEDS_MORE_INPUT;

  /** Throws IllegalArgumentException when the library refuses a parameter (Node's init failure). */
  public BrotliStream(int mode, int[] params) {
    this.encode = mode == ENCODE;
    this.params = params.clone();
    init();
  }

  private void init() {
    try {
      state = (MemorySegment) (encode ? BrotliNative.ENC_CREATE : BrotliNative.DEC_CREATE)
          .invokeExact(MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
      if (state.equals(MemorySegment.NULL)) throw new IllegalArgumentException("brotli: out of memory");
      for (int i = 0; i + 1 < params.length; i += 2) {
        int ok = (int) (encode ? BrotliNative.ENC_SET : BrotliNative.DEC_SET).invokeExact(state, params[i], params[i + 1]);
        if (ok == 0) {
          close();
          throw new IllegalArgumentException("brotli: parameter " + params[i] + " refused");
        }
      }
      lastResult = RESULT_NEEDS_MORE_INPUT;
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  @Override
  public byte[] write(byte[] in, int off, int len, int flush, long maxOutput) throws ZlibException {
    if (state.equals(MemorySegment.NULL)) throw new ZlibException(ZlibException.Z_STREAM_ERROR, "zlib binding closed");
    if (!encode && lastResult == RESULT_SUCCESS) return new byte[0];
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, Math.min(len + 64, 1 << 20)));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment input = arena.allocate(Math.max(1, len));
      MemorySegment.copy(in, off, input, JAVA_BYTE, 0, len);
      MemorySegment availIn = arena.allocate(JAVA_LONG);
      availIn.set(JAVA_LONG, 0, len);
      MemorySegment nextIn = arena.allocate(ADDRESS);
      nextIn.set(ADDRESS, 0, input);
      MemorySegment output = arena.allocate(CHUNK);
      MemorySegment availOut = arena.allocate(JAVA_LONG);
      MemorySegment nextOut = arena.allocate(ADDRESS);
      byte[] copy = new byte[CHUNK];
      while (true) {
        availOut.set(JAVA_LONG, 0, CHUNK);
        nextOut.set(ADDRESS, 0, output);
        int r;
        if (encode) {
          r = (int) BrotliNative.ENC_STREAM.invokeExact(state, flush, availIn, nextIn, availOut, nextOut,
              MemorySegment.NULL);
        } else {
          r = (int) BrotliNative.DEC_STREAM.invokeExact(state, availIn, nextIn, availOut, nextOut,
              MemorySegment.NULL);
        }
        int produced = CHUNK - (int) availOut.get(JAVA_LONG, 0);
        if (produced > 0) {
          MemorySegment.copy(output, JAVA_BYTE, 0, copy, 0, produced);
          out.write(copy, 0, produced);
          if (out.size() > maxOutput) throw new ZlibException(ZlibException.TOO_LARGE, "too large");
        }
        long left = availIn.get(JAVA_LONG, 0);
        if (encode) {
          if (r == 0) throw new ZlibException(-1, "Compression failed", "ERR_BROTLI_COMPRESSION_FAILED");
          boolean more = (int) BrotliNative.ENC_HAS_MORE.invokeExact(state) != 0;
          if (left > 0 || more) continue;
          if (flush == OP_FINISH && (int) BrotliNative.ENC_FINISHED.invokeExact(state) == 0) continue;
          break;
        }
        lastResult = r;
        if (r == RESULT_ERROR) {
          int code = (int) BrotliNative.DEC_ERROR.invokeExact(state);
          throw new ZlibException(code, "Decompression failed", "ERR_" + BrotliNative.errorString(code));
        }
        if (r == RESULT_SUCCESS || r == RESULT_NEEDS_MORE_INPUT) break;
      }
    } catch (ZlibException e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    if (!encode && flush == OP_FINISH && lastResult == RESULT_NEEDS_MORE_INPUT) {
      throw new ZlibException(ZlibException.Z_BUF_ERROR, "unexpected end of file");
    }
    return out.toByteArray();
  }

  @Override
  public void reset() {
    close();
    init();
  }

  @Override
  public void close() {
    if (state.equals(MemorySegment.NULL)) return;
    try {
      if (encode) BrotliNative.ENC_DESTROY.invokeExact(state);
      else BrotliNative.DEC_DESTROY.invokeExact(state);
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    state = MemorySegment.NULL;
  }
}
