package org.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharedEngineTest {
  /** The build pins the Graal compiler to the JDK's JVMCI; a mismatch falls back silently. */
  @Test
  void graalJitIsActive() {
    SharedEngine e = SharedEngine.get();
    assertTrue(e.jitEnabled(), "Truffle runs interpreter-only: " + e.engine().getImplementationName());
  }
}
