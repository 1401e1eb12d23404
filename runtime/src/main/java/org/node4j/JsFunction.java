package org.node4j;

import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.JavaValues;

/**
 * A JS function that came back to Java (a return value, an argument, a member of a result):
 * calling it runs it on its runtime's JS thread.
 */
public final class JsFunction implements JavaValues.JsFunctionHandle {
  private final Node4jRuntime runtime;
  private final Value function;

  JsFunction(Node4jRuntime runtime, Value function) {
    this.runtime = runtime;
    this.function = function;
  }

  /** Calls the function with converted arguments; a returned promise is awaited. */
  public CompletableFuture<Object> call(Object... args) {
    return runtime.callValue(function, args);
  }

  @Override
  public Value function() {
    return function;
  }
}
