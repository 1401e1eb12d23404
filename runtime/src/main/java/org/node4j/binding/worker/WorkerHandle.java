package org.node4j.binding.worker;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/**
 * A worker_threads Worker: a new {@link NodeRuntime} (own context, own loop) on its own thread
 * of this JVM, on the shared engine, so it reuses the core library's compiled code. The parent
 * side holds this object; the worker's runtime reaches it as its {@link NodeRuntime#worker()}.
 * Everything the worker tells its parent (online, stdout/stderr bytes, an uncaught error, its
 * exit) is a completion posted to the parent's loop, in order.
 */
public final class WorkerHandle {
  private static final AtomicInteger NEXT_THREAD_ID = new AtomicInteger(1);

  /** What a worker runtime knows about itself (the child side). */
  public record Self(int threadId, Message workerData, Message environmentData, PortHandle parentPort,
      WorkerHandle handle, double[] resourceLimits) {}

  private final NodeRuntime parent;
  private final int threadId = NEXT_THREAD_ID.getAndIncrement();
  private final RuntimeOptions options;
  private final Self self;
  private final long stackBytes;
  private final Value onEvent; // (kind, payload) on the parent's thread
  private volatile NodeRuntime runtime;
  private volatile boolean terminated;
  private boolean refed;
  private boolean exited;
  private Thread thread;
  PortHandle parentSide; // the parent's end of the worker's port (worker.postMessage / 'message')
  HooksThread hooks; // set when this worker is the module.register() hooks thread

  /** The module hooks this worker serves, or null for an ordinary Worker. */
  public HooksThread hooks() {
    return hooks;
  }

  WorkerHandle(NodeRuntime parent, RuntimeOptions options, Message workerData, Message environmentData,
      PortHandle childPort, double[] resourceLimits, Value onEvent) {
    this.parent = parent;
    this.options = options;
    this.onEvent = onEvent;
    this.self = new Self(threadId, workerData, environmentData, childPort, this, resourceLimits);
    // Node's default worker stack is 4 MB of V8 frames; GraalJS frames on a JVM stack are
    // much larger, so scale: 4 MB asked for = the 256 MB every node4j JS thread gets.
    double mb = resourceLimits[3];
    this.stackBytes = Math.max(16L << 20, (long) (mb * 64) << 20);
  }

  static RuntimeOptions optionsFor(NodeRuntime parent, RuntimeOptions.MainKind kind, String main, List<String> argv,
      List<String> execArgv, Map<String, String> env, OutputStream out, OutputStream err) {
    RuntimeOptions p = parent.options();
    return new RuntimeOptions(p.execPath(), p.argv0(), execArgv != null ? execArgv : p.execArgv(), kind, main, argv,
        env, parent.processState().cwd(), InputStream.nullInputStream(), out, err, false, false, false,
        p.preloadModules(), p.stackTraceLimit());
  }

  /** The main runtime of the worker tree this worker belongs to (its "process"). */
  public NodeRuntime root() {
    Object up = parent.worker();
    return up instanceof Self s ? s.handle().root() : parent;
  }

  @HostAccess.Export
  public PortHandle port() {
    return parentSide;
  }

  @HostAccess.Export
  public int threadId() {
    return threadId;
  }

  void start() {
    refed = true;
    parent.loop().ref();
    thread = new Thread(null, this::runWorker, "node4j-worker-" + threadId, stackBytes);
    thread.setDaemon(true);
    thread.start();
  }

  private void runWorker() {
    int code = 1;
    NodeRuntime rt = null;
    try {
      rt = new NodeRuntime(options);
      rt.setWorker(self);
      rt.setJavaModules(parent.javaModules());
      synchronized (this) {
        if (terminated) return;
        runtime = rt;
      }
      code = rt.run();
    } catch (Throwable t) {
      // terminate() cancelled the context, or the runtime failed to start: Node reports 1
      if (!terminated) {
        byte[] text = String.valueOf(t).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        postEvent("internalError", ByteBuffer.wrap(text));
      }
      code = 1;
    } finally {
      if (rt != null) {
        try {
          rt.close();
        } catch (RuntimeException ignored) {
          // already closed by terminate()
        }
      }
      self.parentPort().close();
      if (hooks != null) hooks.ended();
      int exitCode = terminated ? 1 : code;
      parent.loop().post(() -> exited(exitCode));
    }
  }

  private void exited(int code) {
    exited = true;
    if (refed) {
      refed = false;
      parent.loop().unref();
    }
    parent.calls().callback(onEvent, "exit", code);
  }

  /** From the worker's thread: posts an event to the parent's JS. */
  public void postEvent(String kind, Object payload) {
    parent.loop().post(() -> {
      if (!exited) parent.calls().callback(onEvent, kind, payload);
    });
  }

  /** Stops the worker from the parent (worker.terminate()): its JS stops wherever it is. */
  @HostAccess.Export
  public void terminate() {
    NodeRuntime rt;
    synchronized (this) {
      if (terminated) return;
      terminated = true;
      rt = runtime;
    }
    if (rt != null) {
      // Cancelling blocks until the worker's JS has unwound; do it off the parent's thread.
      Thread.ofVirtual().start(rt::terminate);
    }
  }

  @HostAccess.Export
  public void ref() {
    if (!refed && !exited) {
      refed = true;
      parent.loop().ref();
    }
  }

  @HostAccess.Export
  public void unref() {
    if (refed) {
      refed = false;
      parent.loop().unref();
    }
  }

  @HostAccess.Export
  public boolean hasRef() {
    return refed;
  }

  /** The worker's stdout or stderr: bytes go to the parent as events, in write order. */
  static final class Forward extends OutputStream {
    private final String kind;
    private WorkerHandle handle;

    Forward(String kind) {
      this.kind = kind;
    }

    void attach(WorkerHandle h) {
      handle = h;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (len > 0) handle.postEvent(kind, ByteBuffer.wrap(Arrays.copyOfRange(b, off, off + len)));
    }
  }
}
