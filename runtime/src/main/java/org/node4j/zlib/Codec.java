package org.node4j.zlib;

/**
 * One compression or decompression stream as a zlib-style handle drives it: each write consumes
 * all its input under a flush value and returns everything produced. zlib ({@link ZlibStream}),
 * brotli ({@link BrotliStream}) and zstd ({@link ZstdStream}) streams share it.
 */
public interface Codec {
  byte[] write(byte[] in, int off, int len, int flush, long maxOutput) throws ZlibException;

  /** zlib's deflateParams; the other formats have no such call. */
  default void params(int level, int strategy) {}

  void reset();

  void close();
}
