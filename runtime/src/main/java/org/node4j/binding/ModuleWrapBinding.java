package org.node4j.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.node4j.module.ModuleFileSystem;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code module_wrap} binding: the ES module loader's door to GraalJS. GraalJS links
 * modules itself; we decide what every specifier means (a resolve callback) and what each
 * resolved path contains (registered with {@link ModuleFileSystem}).
 */
public final class ModuleWrapBinding {
  private final NodeRuntime runtime;

  ModuleWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Wraps the JS resolver {@code (referrer, specifier) -> path} as the host callable GraalJS's
   * ESM lookup hook requires. Errors the resolver throws reach the importing code unchanged.
   */
  @HostAccess.Export
  public Object lookupCallback(Value resolve) {
    return (ProxyExecutable) args -> resolve.execute(args[0], args[1]);
  }

  /** What GraalJS reads for {@code path}: prefix + the file (text null) or the given text. */
  @HostAccess.Export
  public void serve(String path, String prefix, String text, String mime) {
    runtime.moduleFileSystem().serve(path, prefix, text, mime);
  }

  /**
   * Evaluates module code now, on this stack (require() of an ES module): imports are linked
   * through the same module map as import(), and a graph without top-level await has run
   * completely when this returns.
   */
  @HostAccess.Export
  public Value evaluateModule(String code, String name) {
    Source source = Source.newBuilder("js", code, name).mimeType(ModuleFileSystem.MODULE_MIME).buildLiteral();
    return runtime.context().eval(source);
  }
}
