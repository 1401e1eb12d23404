package org.node4j.binding;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.Errno;
import org.node4j.kernel.StreamReader;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code stream_wrap} for the runtime's stdin: readStart/readStop as on a libuv stream.
 * While reading, the handle keeps the loop alive; each chunk, the end (null) or an error
 * (negative errno) reaches {@code onRead(chunk, errno)} on the JS thread.
 */
public final class StreamWrapBinding implements AutoCloseable {
  private final NodeRuntime runtime;
  private StreamReader stdin;
  private Value onRead;
  private boolean refd;

  StreamWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public void stdinReadStart(Value onRead) {
    this.onRead = onRead;
    if (stdin == null) {
      var in = runtime.options().stdin() != null ? runtime.options().stdin() : java.io.InputStream.nullInputStream();
      stdin = new StreamReader(in, new StreamReader.Sink() {
        @Override public void chunk(ByteBuffer data) {
          runtime.loop().post(() -> {
            stdin.delivered();
            deliver(data, 0);
          });
        }

        @Override public void end() {
          runtime.loop().post(() -> deliver(null, 0));
        }

        @Override public void error(IOException e) {
          runtime.loop().post(() -> deliver(null, Errno.of(e).uv()));
        }
      });
    }
    if (!refd) {
      refd = true;
      runtime.loop().ref();
    }
    stdin.start();
  }

  @HostAccess.Export
  public void stdinReadStop() {
    if (stdin != null) stdin.stop();
    unref();
  }

  private void deliver(ByteBuffer data, int errno) {
    if (data == null) unref(); // the end, or an error: nothing more will come
    runtime.calls().callback(onRead, data, errno);
  }

  private void unref() {
    if (refd) {
      refd = false;
      runtime.loop().unref();
    }
  }

  @Override
  public void close() {
    if (stdin != null) stdin.close();
  }
}
