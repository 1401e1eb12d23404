package org.node4j.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Reads a blocking InputStream (stdin) on its own thread, one chunk at a time and only while
 * reading is wanted, so a paused consumer stops the reads: backpressure reaches the pipe.
 * A read already blocked when reading stops still delivers its chunk.
 */
public final class StreamReader {
  /** Where chunks go; called on the reader thread. */
  public interface Sink {
    void chunk(ByteBuffer data);

    void end();

    void error(IOException e);
  }

  private static final int CHUNK = 64 * 1024;
  /**
   * Chunks read but not yet handed to JS. The JS side stops reading only when its buffer is
   * full, which it learns after a chunk arrives; without this bound a reader faster than the
   * JS thread would queue the whole input in the event loop.
   */
  private static final int MAX_IN_FLIGHT = 4;
  private int inFlight;

  private final InputStream in;
  private final Sink sink;
  private Thread thread;
  private boolean wanted;
  private boolean closed;

  public StreamReader(InputStream in, Sink sink) {
    this.in = in;
    this.sink = sink;
  }

  public synchronized void start() {
    if (closed) return;
    wanted = true;
    if (thread == null) {
      thread = Thread.ofPlatform().daemon().name("node4j-stdin").start(this::run);
    }
    notifyAll();
  }

  public synchronized void stop() {
    wanted = false;
  }

  public synchronized void close() {
    closed = true;
    wanted = false;
    notifyAll();
  }

  private synchronized boolean awaitWanted() throws InterruptedException {
    while ((!wanted || inFlight >= MAX_IN_FLIGHT) && !closed) wait();
    if (!closed) inFlight++;
    return !closed;
  }

  /** Called on the JS thread as each chunk (or the end) is delivered. */
  public synchronized void delivered() {
    inFlight--;
    notifyAll();
  }

  private void run() {
    try {
      while (awaitWanted()) {
        byte[] b = new byte[CHUNK];
        int n = in.read(b);
        if (n < 0) {
          sink.end();
          return;
        }
        if (n > 0) sink.chunk(ByteBuffer.wrap(b, 0, n).slice());
      }
    } catch (IOException e) {
      sink.error(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
