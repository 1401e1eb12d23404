package org.node4j.binding;

import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.node4j.JavaFunction;
import org.node4j.runtime.JavaValues;
import org.node4j.runtime.NodeRuntime;

/**
 * Modules that the embedding Java program registered (Node4j.Builder.module), for
 * lib/internal/modules/java_modules.js. Not a Node binding: Node has no embedder modules.
 */
public final class EmbedderBinding {
  private final NodeRuntime runtime;

  EmbedderBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public boolean has(String name) {
    return runtime.javaModules().containsKey(name);
  }

  @HostAccess.Export
  public boolean javaAllowed() {
    return runtime.javaAllowed();
  }

  /** The module's exports as a JS object; Java functions throw through {@code throwError(class, message)}. */
  @HostAccess.Export
  public Value module(String name, Value throwError) {
    JavaValues values = runtime.javaValues();
    Value exports = runtime.context().eval("js", "({})");
    for (Map.Entry<String, Object> e : runtime.javaModules().get(name).entrySet()) {
      Object member = e.getValue() instanceof JavaFunction f ? proxy(f, values, throwError) : values.toJs(e.getValue());
      exports.putMember(e.getKey(), member);
    }
    return exports;
  }

  private static ProxyExecutable proxy(JavaFunction f, JavaValues values, Value throwError) {
    return args -> {
      Object[] javaArgs = new Object[args.length];
      for (int i = 0; i < args.length; i++) javaArgs[i] = values.toJava(args[i]);
      Object result;
      try {
        result = f.call(javaArgs);
      } catch (Exception e) {
        // Throws the JS error, which unwinds through this frame back into the calling JS.
        return throwError.execute(e.getClass().getName(), String.valueOf(e.getMessage()));
      }
      return values.toJs(result);
    };
  }
}
