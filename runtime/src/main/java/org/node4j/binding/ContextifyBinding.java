package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.NodeRuntime;

/** Node's {@code contextify} binding: compiling user code (CommonJS wrappers, -e scripts). */
public final class ContextifyBinding {
  private final NodeRuntime runtime;

  ContextifyBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Compiles {@code code} as the body of a function with the given parameters, named
   * {@code filename} in stack traces. The header stays on line 1 so line numbers match the file.
   */
  @HostAccess.Export
  public Value compileFunction(String code, String filename, String params) {
    String wrapped = "(function (" + params + ") {" + code + "\n})";
    return runtime.context().eval(sourceFor(wrapped, filename));
  }

  /**
   * A file's code as a Source that knows the file's path (its text is ours, not re-read):
   * GraalJS gives import() that path as the referrer, so it resolves relative to the file.
   */
  private static Source sourceFor(String code, String filename) {
    if (filename.startsWith("/")) {
      try {
        return Source.newBuilder("js", new java.io.File(filename)).content(code).name(filename).build();
      } catch (java.io.IOException | RuntimeException e) {
        // not a usable path: a plain named source
      }
    }
    return Source.newBuilder("js", code, filename).buildLiteral();
  }

  /** Runs {@code code} as a script in the global scope (-e, -p, vm.runInThisContext). */
  @HostAccess.Export
  public Value runScript(String code, String filename) {
    return runtime.context().eval(Source.newBuilder("js", code, filename).buildLiteral());
  }
}
