package org.node4j.binding.zlib;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.crypto.Bytes;
import org.node4j.runtime.NodeRuntime;
import org.node4j.zlib.Codec;
import org.node4j.zlib.ZlibException;

/**
 * A zlib, brotli or zstd stream for JS. write() returns the output as a ByteBuffer, or null
 * after a failure, whose errno, message and code are then read with {@link #errno()},
 * {@link #message()} and {@link #code()}. writeAsync() runs the same work on the blocking pool
 * and calls {@code cb(errno, message, buffer, code)} on the loop.
 */
public final class ZlibHandle {
  private final NodeRuntime runtime;
  private final Codec stream;
  private int errno;
  private String message;
  private String code;

  public ZlibHandle(NodeRuntime runtime, Codec stream) {
    this.runtime = runtime;
    this.stream = stream;
  }

  @HostAccess.Export
  public int errno() {
    return errno;
  }

  @HostAccess.Export
  public String message() {
    return message;
  }

  /** Node's code when the library names it (brotli), else null (JS names zlib's and zstd's). */
  @HostAccess.Export
  public String code() {
    return code;
  }

  @HostAccess.Export
  public ByteBuffer write(int flush, Value arrayBuffer, double offset, double length, double maxOutput) {
    try {
      byte[] in = Bytes.read(arrayBuffer, offset, length);
      return ByteBuffer.wrap(stream.write(in, 0, in.length, flush, (long) maxOutput));
    } catch (ZlibException e) {
      errno = e.errno;
      message = e.getMessage();
      code = e.code;
      return null;
    }
  }

  @HostAccess.Export
  public void writeAsync(int flush, Value arrayBuffer, double offset, double length, double maxOutput, Value cb) {
    byte[] in = Bytes.read(arrayBuffer, offset, length);
    long max = (long) maxOutput;
    runtime.pool().submit(() -> stream.write(in, 0, in.length, flush, max), outcome -> {
      if (outcome.error() instanceof ZlibException e) {
        runtime.calls().callback(cb, e.errno, e.getMessage(), null, e.code);
      } else if (outcome.error() != null) {
        runtime.calls().callback(cb, ZlibException.Z_STREAM_ERROR, String.valueOf(outcome.error()), null, null);
      } else {
        runtime.calls().callback(cb, 0, null, ByteBuffer.wrap(outcome.value()), null);
      }
    });
  }

  @HostAccess.Export
  public void params(int level, int strategy) {
    stream.params(level, strategy);
  }

  @HostAccess.Export
  public void reset() {
    stream.reset();
  }

  @HostAccess.Export
  public void close() {
    stream.close();
  }
}
