package org.node4j.binding.worker;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;

/**
 * The thread that runs module.register() hooks: a worker runtime whose JS answers requests
 * (register, resolve, load) asynchronously, while the main runtime's JS thread waits for each
 * answer. GraalJS asks for every module synchronously, so the main side must block, as Node's
 * main thread does on its hooks worker. Only Messages (bytes and port handles) cross.
 */
public final class HooksThread {
  private final WorkerHandle worker;
  private final CompletableFuture<Served> served = new CompletableFuture<>();
  private final Map<Integer, CompletableFuture<Message>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();
  // requests the hooks runtime has started on (touched on its thread only)
  private final java.util.Set<Integer> started = new java.util.HashSet<>();
  private volatile boolean neverSettled;

  /** A request whose hooks can no longer settle: nothing is left that could wake them. */
  private static final class NeverSettled extends Exception {
    NeverSettled() {
      super(null, null, false, false);
    }
  }

  private record Served(NodeRuntime runtime, Value onRequest) {}

  HooksThread(WorkerHandle worker) {
    this.worker = worker;
  }

  /**
   * From the main thread: sends a request and waits for its answer. Null when the hooks thread
   * ended before answering.
   */
  @HostAccess.Export
  public Message request(Message m) throws InterruptedException {
    Served s;
    try {
      s = served.get();
    } catch (ExecutionException e) {
      return null;
    }
    int id = nextId.incrementAndGet();
    CompletableFuture<Message> answer = new CompletableFuture<>();
    pending.put(id, answer);
    if (served.isCompletedExceptionally()) {
      pending.remove(id);
      return null;
    }
    s.runtime().loop().post(() -> {
      started.add(id);
      s.runtime().calls().callback(s.onRequest(), id, m);
    });
    neverSettled = false;
    try {
      return answer.get();
    } catch (ExecutionException e) {
      neverSettled = e.getCause() instanceof NeverSettled;
      return null;
    } finally {
      pending.remove(id);
    }
  }

  /** From the hooks thread's JS, once it is ready: requests go to {@code onRequest(id, message)}. */
  void serve(NodeRuntime runtime, Value onRequest) {
    // the hooks runtime serves until the process ends: its loop must not run dry
    runtime.loop().keepAlive(this::idle);
    served.complete(new Served(runtime, onRequest));
  }

  /** From the hooks thread's JS: the answer to request {@code id}. */
  void reply(int id, Message m) {
    started.remove(id);
    CompletableFuture<Message> f = pending.get(id);
    if (f != null) f.complete(m);
  }

  /** The hooks runtime's loop went idle: the requests it started wait for nothing. */
  private void idle() {
    for (Integer id : started) {
      CompletableFuture<Message> f = pending.get(id);
      if (f != null) f.completeExceptionally(new NeverSettled());
    }
    started.clear();
  }

  /** Whether the last request failed because its hooks never settled (else the thread ended). */
  @HostAccess.Export
  public boolean neverSettled() {
    return neverSettled;
  }

  /** The hooks runtime ended: whoever waits gets no answer. */
  void ended() {
    IllegalStateException gone = new IllegalStateException("module hooks thread ended");
    served.completeExceptionally(gone);
    for (CompletableFuture<Message> f : pending.values()) f.completeExceptionally(gone);
  }

  public WorkerHandle worker() {
    return worker;
  }
}
