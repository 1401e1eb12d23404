package org.node4j.zlib;

/** A zlib, brotli or zstd failure as Node reports it: the library's error number and message. */
public final class ZlibException extends Exception {
  public static final int Z_NEED_DICT = 2;
  public static final int Z_STREAM_ERROR = -2;
  public static final int Z_DATA_ERROR = -3;
  public static final int Z_BUF_ERROR = -5;
  /** Not zlib's: the output passed maxOutputLength (Node's ERR_BUFFER_TOO_LARGE). */
  public static final int TOO_LARGE = -100;

  public final int errno;
  /** Node's error code when it is not zlib's name for errno (brotli's), else null. */
  public final String code;

  public ZlibException(int errno, String message) {
    this(errno, message, null);
  }

  public ZlibException(int errno, String message, String code) {
    super(message, null, false, false);
    this.errno = errno;
    this.code = code;
  }
}
