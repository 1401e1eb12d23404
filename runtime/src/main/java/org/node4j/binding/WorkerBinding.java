package org.node4j.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.worker.HooksThread;
import org.node4j.binding.worker.Message;
import org.node4j.binding.worker.Messaging;
import org.node4j.binding.worker.PortHandle;
import org.node4j.binding.worker.WorkerHandle;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/**
 * Node's {@code worker} binding: starting Workers (threads of this JVM, each a runtime of its
 * own) and, inside a worker, what it knows about itself (thread id, workerData, parent port).
 */
public final class WorkerBinding implements AutoCloseable {
  private final NodeRuntime runtime;
  private final List<WorkerHandle> started = new ArrayList<>();

  WorkerBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  private WorkerHandle.Self self() {
    return (WorkerHandle.Self) runtime.worker();
  }

  @HostAccess.Export
  public boolean isMainThread() {
    return runtime.worker() == null;
  }

  @HostAccess.Export
  public int threadId() {
    return isMainThread() ? 0 : self().threadId();
  }

  @HostAccess.Export
  public Message workerData() {
    return isMainThread() ? null : self().workerData();
  }

  @HostAccess.Export
  public Message environmentData() {
    return isMainThread() ? null : self().environmentData();
  }

  @HostAccess.Export
  public PortHandle parentPort() {
    return isMainThread() ? null : self().parentPort();
  }

  /** [maxYoungGenerationSizeMb, maxOldGenerationSizeMb, codeRangeSizeMb, stackSizeMb] of this worker. */
  @HostAccess.Export
  public double[] resourceLimits() {
    return isMainThread() ? null : self().resourceLimits();
  }

  /** From a worker: tells the parent something ('online', 'error' with a serialized error). */
  @HostAccess.Export
  public void notifyParent(String kind, Message payload) {
    if (!isMainThread()) self().handle().postEvent(kind, payload);
  }

  /**
   * Starts a worker. {@code env} is [k, v, k, v, …]; {@code execArgv} may be null (inherit);
   * {@code onEvent(kind, payload)} hears 'online', 'stdout', 'stderr', 'error', 'exit'.
   */
  @HostAccess.Export
  public WorkerHandle start(boolean eval, String main, Value argv, Value execArgv, Value env,
      Message workerData, Message environmentData, Value resourceLimits, Value onEvent) {
    Map<String, String> envMap = new LinkedHashMap<>();
    for (long i = 0; i + 1 < env.getArraySize(); i += 2) {
      envMap.put(env.getArrayElement(i).asString(), env.getArrayElement(i + 1).asString());
    }
    double[] limits = new double[4];
    for (int i = 0; i < 4; i++) limits[i] = resourceLimits.getArrayElement(i).asDouble();
    WorkerHandle h = Messaging.startWorker(runtime, eval ? RuntimeOptions.MainKind.EVAL : RuntimeOptions.MainKind.FILE,
        main, strings(argv), execArgv.isNull() ? null : strings(execArgv), envMap, workerData, environmentData,
        limits, onEvent);
    started.add(h);
    return h;
  }

  private static List<String> strings(Value array) {
    List<String> out = new ArrayList<>();
    for (long i = 0; i < array.getArraySize(); i++) out.add(array.getArrayElement(i).asString());
    return List.copyOf(out);
  }

  /** Starts the module.register() hooks thread (see internal/modules/esm/hooks). */
  @HostAccess.Export
  public HooksThread startHooksThread(Value env, Message workerData, Message environmentData, Value onEvent) {
    Map<String, String> envMap = new LinkedHashMap<>();
    for (long i = 0; i + 1 < env.getArraySize(); i += 2) {
      envMap.put(env.getArrayElement(i).asString(), env.getArrayElement(i + 1).asString());
    }
    HooksThread h = Messaging.startHooksThread(runtime, envMap, workerData, environmentData, onEvent);
    started.add(h.worker());
    return h;
  }

  /** Whether this runtime is the module hooks thread. */
  @HostAccess.Export
  public boolean isHooksThread() {
    return !isMainThread() && self().handle().hooks() != null;
  }

  /** On the hooks thread: requests from the main thread go to {@code onRequest(id, message)}. */
  @HostAccess.Export
  public void serveHooks(Value onRequest) {
    Messaging.serveHooks(self().handle().hooks(), runtime, onRequest);
  }

  /** On the hooks thread: the answer to request {@code id}. */
  @HostAccess.Export
  public void replyHooks(int id, Message answer) {
    Messaging.replyHooks(self().handle().hooks(), id, answer);
  }

  /** A runtime that ends takes its workers with it, as Node's process does. */
  @Override
  public void close() {
    for (WorkerHandle h : started) h.terminate();
    started.clear();
  }
}
