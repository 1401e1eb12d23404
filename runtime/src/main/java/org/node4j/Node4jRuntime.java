package org.node4j;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.JavaValues;
import org.node4j.runtime.JsTasks;
import org.node4j.runtime.NodeRuntime;

/**
 * A running Node.js runtime ({@link Node4j#start()}), alive until {@link #close()}. Any Java
 * thread may hand it work; the work runs on the runtime's own JS thread, between other event
 * loop callbacks, and answers through a {@link CompletableFuture}.
 *
 * <p>Values cross as plain Java: null, Boolean, Integer/Long/Double, BigInteger (BigInt),
 * String, byte[] (Buffer and typed arrays, copied), Instant (Date), List (arrays), Map (other
 * objects, their own enumerable keys) and {@link JsFunction}. A promise is awaited; a JS error
 * or rejection fails the future with a {@link JsException} that carries the JS stack.
 */
public final class Node4jRuntime implements AutoCloseable {
  private static final long CLOSE_GRACE_MS = 5_000;

  private final NodeRuntime runtime;
  private final Path cwd;
  private final JsTasks tasks;
  private final Thread thread;
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private Value require; // JS thread only: require() relative to cwd

  Node4jRuntime(NodeRuntime runtime, Path cwd, Function<Runnable, Thread> threads) {
    this.runtime = runtime;
    this.cwd = cwd;
    this.tasks = new JsTasks(runtime);
    runtime.loop().ref(); // the embedder's hold on the loop, released by close()
    this.thread = threads.apply(this::runLoop);
    thread.start();
  }

  private void runLoop() {
    int code = 1;
    try (runtime) {
      code = runtime.run();
    } catch (RuntimeException | Error e) {
      exited.completeExceptionally(e);
    } finally {
      tasks.end();
      exited.complete(code);
    }
  }

  /**
   * {@code require(module)} (resolved from the working directory, like a file there would) and
   * calls its export {@code exportName} (or the module itself when null) with {@code args}.
   */
  public CompletableFuture<Object> call(String module, String exportName, Object... args) {
    return tasks.submitAwaiting(rt -> {
      Value exports = require(rt, module);
      Object[] jsArgs = toJs(rt, args);
      if (exportName == null) {
        if (!exports.canExecute()) throw new IllegalArgumentException("module '" + module + "' does not export a function");
        return exports.execute(jsArgs);
      }
      if (!exports.canInvokeMember(exportName)) {
        throw new IllegalArgumentException("module '" + module + "' has no function export '" + exportName + "'");
      }
      return exports.invokeMember(exportName, jsArgs);
    }, this::toJava);
  }

  /** {@code require(module)}'s exports, converted to Java (functions become {@link JsFunction}s). */
  public CompletableFuture<Object> require(String module) {
    return tasks.submitAwaiting(rt -> require(rt, module), this::toJava);
  }

  /** Evaluates a script (sloppy-mode global code, like a browser script) and answers its completion value. */
  public CompletableFuture<Object> eval(String code) {
    return tasks.submitAwaiting(rt -> rt.context().eval("js", code), this::toJava);
  }

  /**
   * Runs {@code task} with the JS {@link Context} on the JS thread, for what the conversions
   * do not cover. Polyglot {@link Value}s must not leave the task: convert them inside it.
   */
  public <T> CompletableFuture<T> submit(Function<Context, T> task) {
    return tasks.submit(rt -> task.apply(rt.context()));
  }

  CompletableFuture<Object> callValue(Value function, Object[] args) {
    return tasks.submitAwaiting(rt -> function.execute(toJs(rt, args)), this::toJava);
  }

  /** Completes with the exit code when the runtime has ended (close(), process.exit(), or a fatal error). */
  public CompletableFuture<Integer> exited() {
    return exited;
  }

  /**
   * Lets the runtime end: releases the embedder's hold on the loop, so 'beforeExit' and 'exit'
   * run once no other handle (a listening server, a timer) keeps it alive; after a grace period
   * any such handles are closed by force. Returns when the JS thread has finished.
   */
  @Override
  public void close() throws InterruptedException {
    if (thread.isAlive()) {
      runtime.loop().post(() -> runtime.loop().unref());
      thread.join(CLOSE_GRACE_MS);
      if (thread.isAlive()) runtime.terminate();
      thread.join(TimeUnit.SECONDS.toMillis(30));
    }
  }

  private Value require(NodeRuntime rt, String module) {
    if (require == null) {
      Value process = rt.context().getBindings("js").getMember("process");
      Value createRequire = process.invokeMember("getBuiltinModule", "module").getMember("createRequire");
      require = createRequire.execute(cwd.resolve("[embedder]").toString());
    }
    return require.execute(module);
  }

  private Object[] toJs(NodeRuntime rt, Object[] args) {
    JavaValues values = values(rt);
    Object[] js = new Object[args.length];
    for (int i = 0; i < args.length; i++) js[i] = values.toJs(args[i]);
    return js;
  }

  private Object toJava(Value v) {
    return values(runtime).toJava(v);
  }

  private JavaValues values(NodeRuntime rt) {
    JavaValues values = rt.javaValues();
    values.setFunctionWrapper(f -> new JsFunction(this, f));
    return values;
  }
}
