package org.node4j.runtime;

/** Unwinds the Java side of a runtime when JS called process.exit() (a hard context exit). */
final class ProcessExit extends RuntimeException {
  final int code;

  ProcessExit(int code) {
    super(null, null, false, false);
    this.code = code;
  }
}
