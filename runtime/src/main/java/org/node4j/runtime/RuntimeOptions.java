package org.node4j.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one runtime is started with. {@code argv} is Node's process.argv without
 * argv[0] and the script (those are {@code execPath} and {@code main}).
 *
 * @param main what to run first: a script path, code for -e/-p, or null for stdin
 * @param mainKind how to read {@code main}
 */
public record RuntimeOptions(
    String execPath,
    String argv0,
    List<String> execArgv,
    MainKind mainKind,
    String main,
    List<String> argv,
    Map<String, String> env,
    Path cwd,
    InputStream stdin,
    OutputStream stdout,
    OutputStream stderr,
    boolean stdoutIsTty,
    boolean stderrIsTty,
    boolean stdinIsTty,
    List<String> preloadModules,
    int stackTraceLimit) {

  public enum MainKind { FILE, EVAL, PRINT, STDIN, NONE, TEST }
}
