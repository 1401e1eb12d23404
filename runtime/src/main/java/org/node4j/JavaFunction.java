package org.node4j;

/**
 * A Java function that JS code calls as a member of a module registered with
 * {@link Node4j.Builder#module}. Arguments arrive converted to plain Java (see
 * {@link Node4jRuntime}); what it returns is converted back; what it throws becomes a JS Error
 * whose {@code javaClass} names the exception's class. Runs on the runtime's JS thread.
 */
@FunctionalInterface
public interface JavaFunction {
  Object call(Object... args) throws Exception;
}
