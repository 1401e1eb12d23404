package org.node4j.runtime;

import java.nio.file.Path;

/**
 * Per-runtime process state. The working directory is virtual: a JVM cannot chdir, and
 * several runtimes in one JVM must not share one; every path the runtime touches is
 * resolved against it.
 */
public final class ProcessState {
  private Path cwd;

  ProcessState(RuntimeOptions options) {
    this.cwd = options.cwd().toAbsolutePath().normalize();
  }

  public Path cwd() {
    return cwd;
  }

  public void chdir(Path dir) {
    cwd = dir;
  }

  public Path resolve(String path) {
    return cwd.resolve(path).normalize();
  }
}
