package org.node4j.binding.worker;

import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;

/** The binding package's door to ports and messages (their internals stay package-private). */
public final class Messaging {
  private Messaging() {}

  /** Copies a serialized value and the bytes of transferred ArrayBuffers out of JS. */
  public static Message message(Value arrayBuffer, int length, Value buffers, Value ports) {
    byte[] data = new byte[length];
    if (length > 0) arrayBuffer.readBuffer(0, data, 0, length);
    int nb = buffers == null || buffers.isNull() ? 0 : (int) buffers.getArraySize();
    byte[][] bufs = new byte[nb][];
    for (int i = 0; i < nb; i++) {
      Value b = buffers.getArrayElement(i);
      int n = (int) b.getBufferSize();
      bufs[i] = new byte[n];
      if (n > 0) b.readBuffer(0, bufs[i], 0, n);
    }
    int np = ports == null || ports.isNull() ? 0 : (int) ports.getArraySize();
    PortHandle[] ps = new PortHandle[np];
    for (int i = 0; i < np; i++) ps[i] = ports.getArrayElement(i).asHostObject();
    return new Message(data, bufs, ps);
  }

  public static void post(PortHandle port, Message m) {
    port.post(m);
  }

  public static void bind(PortHandle port, NodeRuntime runtime, Value onMessage, Value onClose) {
    port.bind(runtime, onMessage, onClose);
  }

  public static Message receive(PortHandle port) {
    return port.receive();
  }

  public static void unbind(PortHandle port) {
    port.unbind();
  }

  public static void close(PortHandle port) {
    port.close();
  }

  public static boolean ownedBy(PortHandle port, NodeRuntime runtime) {
    return port.ownedBy(runtime);
  }

  public static WorkerHandle startWorker(NodeRuntime parent, org.node4j.runtime.RuntimeOptions.MainKind kind,
      String main, java.util.List<String> argv, java.util.List<String> execArgv, java.util.Map<String, String> env,
      Message workerData, Message environmentData, double[] resourceLimits, Value onEvent) {
    PortHandle[] ports = PortHandle.pair();
    WorkerHandle.Forward out = new WorkerHandle.Forward("stdout");
    WorkerHandle.Forward err = new WorkerHandle.Forward("stderr");
    WorkerHandle h = new WorkerHandle(parent,
        WorkerHandle.optionsFor(parent, kind, main, argv, execArgv, env, out, err),
        workerData, environmentData, ports[1], resourceLimits, onEvent);
    out.attach(h);
    err.attach(h);
    h.parentSide = ports[0];
    h.start();
    return h;
  }
}
