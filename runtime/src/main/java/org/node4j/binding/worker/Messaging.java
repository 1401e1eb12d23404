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
    return startWorker(parent, kind, main, argv, execArgv, env, workerData, environmentData, resourceLimits, onEvent,
        false);
  }

  private static WorkerHandle startWorker(NodeRuntime parent, org.node4j.runtime.RuntimeOptions.MainKind kind,
      String main, java.util.List<String> argv, java.util.List<String> execArgv, java.util.Map<String, String> env,
      Message workerData, Message environmentData, double[] resourceLimits, Value onEvent, boolean hooks) {
    PortHandle[] ports = PortHandle.pair();
    WorkerHandle.Forward out = new WorkerHandle.Forward("stdout");
    WorkerHandle.Forward err = new WorkerHandle.Forward("stderr");
    // The hooks thread writes straight to the process's stdout and stderr: the main thread may
    // be waiting for it, so output forwarded through the main thread's loop would lag or be lost.
    WorkerHandle h = new WorkerHandle(parent,
        WorkerHandle.optionsFor(parent, kind, main, argv, execArgv, env,
            hooks ? parent.options().stdout() : out, hooks ? parent.options().stderr() : err),
        workerData, environmentData, ports[1], resourceLimits, onEvent);
    out.attach(h);
    err.attach(h);
    h.parentSide = ports[0];
    if (hooks) h.hooks = new HooksThread(h);
    h.start();
    return h;
  }

  /**
   * Starts the module.register() hooks thread: a worker runtime with no main script (its JS
   * sees it is the hooks thread and serves requests). It does not keep the parent alive.
   */
  public static HooksThread startHooksThread(NodeRuntime parent, java.util.Map<String, String> env,
      Message workerData, Message environmentData, Value onEvent) {
    WorkerHandle h = startWorker(parent, org.node4j.runtime.RuntimeOptions.MainKind.NONE, null, java.util.List.of(),
        null, env, workerData, environmentData, new double[] {0, 0, 0, 4}, onEvent, true);
    h.unref();
    return h.hooks;
  }

  public static void serveHooks(HooksThread hooks, NodeRuntime runtime, Value onRequest) {
    hooks.serve(runtime, onRequest);
  }

  public static void replyHooks(HooksThread hooks, int id, Message m) {
    hooks.reply(id, m);
  }
}
