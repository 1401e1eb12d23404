package org.node4j.runtime;

/** Work that another thread hands to the loop, to run on the JS thread. */
@FunctionalInterface
public interface Completion {
  void run() throws Exception;
}
