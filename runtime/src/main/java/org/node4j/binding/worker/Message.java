package org.node4j.binding.worker;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/**
 * One message on its way between threads: the serialized value (V8's wire format, written by
 * lib/internal/v8/serdes.js), the bytes of the ArrayBuffers it transfers, and the ports it
 * transfers. Only Java data crosses; each side builds its own JS objects from it.
 */
public final class Message {
  final byte[] data;
  final byte[][] buffers;
  final PortHandle[] ports;

  Message(byte[] data, byte[][] buffers, PortHandle[] ports) {
    this.data = data;
    this.buffers = buffers;
    this.ports = ports;
  }

  /** The serialized value, for `new ArrayBuffer(...)` in the receiving context. */
  @HostAccess.Export
  public ByteBuffer data() {
    return ByteBuffer.wrap(data);
  }

  @HostAccess.Export
  public int bufferCount() {
    return buffers.length;
  }

  @HostAccess.Export
  public ByteBuffer buffer(int i) {
    return ByteBuffer.wrap(buffers[i]);
  }

  @HostAccess.Export
  public int portCount() {
    return ports.length;
  }

  @HostAccess.Export
  public PortHandle port(int i) {
    return ports[i];
  }
}
