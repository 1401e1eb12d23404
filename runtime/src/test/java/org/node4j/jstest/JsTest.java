package org.node4j.jstest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test/js script and what it expects: exit code (a {@code // exit: N} comment in its
 * first lines, default 0), and optionally exact stdout ({@code .out}) and stderr ({@code .err}).
 * A {@code // Flags: --a --b} comment gives node options (execArgv) to run it with, as in
 * Node's own tests. A {@code // timeout: N} comment raises the default time limit to N
 * seconds, for the few tests that start node4j child JVMs (each may take 20-60 s to start on a
 * loaded machine).
 */
record JsTest(Path file, int expectedExit, String expectedOut, String expectedErr, String knownGap,
    List<String> flags, long timeoutSeconds) {
  /** The limit for a test that does not ask for more. */
  static final long DEFAULT_TIMEOUT_SECONDS = 120;
  private static final Pattern EXIT = Pattern.compile("^//\\s*exit:\\s*(\\d+)", Pattern.MULTILINE);
  private static final Pattern TIMEOUT = Pattern.compile("^//\\s*timeout:\\s*(\\d+)", Pattern.MULTILINE);
  private static final Pattern FLAGS = Pattern.compile("^//\\s*Flags:\\s*(.+)$", Pattern.MULTILINE);
  /** A test of Node's behaviour that node4j does not meet yet, and why: it must fail under node4j. */
  private static final Pattern GAP = Pattern.compile("^//\\s*known-gap:\\s*(.+)$", Pattern.MULTILINE);

  static JsTest load(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String head = text.length() > 400 ? text.substring(0, 400) : text;
    Matcher m = EXIT.matcher(head);
    int exit = m.find() ? Integer.parseInt(m.group(1)) : 0;
    Matcher g = GAP.matcher(head);
    Matcher f = FLAGS.matcher(head);
    List<String> flags = f.find() ? List.of(f.group(1).trim().split("\\s+")) : List.of();
    Matcher t = TIMEOUT.matcher(head);
    long timeout = t.find() ? Math.max(DEFAULT_TIMEOUT_SECONDS, Long.parseLong(t.group(1))) : DEFAULT_TIMEOUT_SECONDS;
    return new JsTest(file, exit, sibling(file, ".out"), sibling(file, ".err"), g.find() ? g.group(1) : null,
        flags, timeout);
  }

  private static String sibling(Path file, String ext) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.(c|m)?(js|ts)$", ext);
    Path p = file.resolveSibling(name);
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
  }

  /**
   * Null when the run is as expected, else what went wrong. Under node4j a known gap is
   * expected to fail, and is reported when it starts passing so the marker gets removed.
   */
  String check(Outcome run, Path repoRoot, boolean reference) {
    String why = mismatch(run, repoRoot);
    if (reference || knownGap == null) return why;
    return why == null ? "passes now although marked 'known-gap: " + knownGap + "': remove the marker" : null;
  }

  private String mismatch(Outcome run, Path repoRoot) {
    StringBuilder why = new StringBuilder();
    if (run.timedOut()) why.append("timed out\n");
    if (run.exitCode() != expectedExit) {
      why.append("exit code ").append(run.exitCode()).append(", expected ").append(expectedExit).append('\n');
    }
    if (expectedOut != null && !normalize(run.stdout(), repoRoot).equals(normalize(expectedOut, repoRoot))) {
      why.append("stdout differs:\n--- expected\n").append(expectedOut).append("--- actual\n").append(run.stdout());
    }
    if (expectedErr != null && !normalize(run.stderr(), repoRoot).equals(normalize(expectedErr, repoRoot))) {
      why.append("stderr differs:\n--- expected\n").append(normalize(expectedErr, repoRoot))
          .append("--- actual\n").append(normalize(run.stderr(), repoRoot));
    }
    if (why.isEmpty()) return null;
    if (expectedOut == null) why.append("--- stdout\n").append(tail(run.stdout()));
    if (expectedErr == null) why.append("--- stderr\n").append(tail(run.stderr()));
    return why.toString();
  }

  /**
   * Node's output is the contract except for what varies between runs or runtimes: pids,
   * the checkout's path, and frames inside the core library (node:internal/… and node:x).
   */
  static String normalize(String s, Path repoRoot) {
    return s.replace(repoRoot.toString(), "<ROOT>")
        .replaceAll("\\((node|node4j):\\d+\\)", "(node:<PID>)")
        // an internal frame (also "at async node:…", under an ES module entry point) may end
        // the stack before inspect's " {" of extra properties
        .replaceAll("\\n {4}at (?:async )?(?:[^\\n]*\\()?node:[a-z_/]+(?::\\d+:\\d+)?\\)?(?= \\{\\n|\\n)", "")
        // node:test output: indented frames (spec, dot, junit), TAP's "stack: |-" frames,
        // and what varies per run (durations, junit's clock and host)
        .replaceAll("\\n {4,}(?:at )?(?:async )?(?:[^\\n]*\\()?node:[a-z_/]+(?::\\d+:\\d+)?\\)?(?= \\{\\n|\\n)", "")
        .replaceAll("\\n {4,}at (?:async )?(?:new Promise|Array\\.map|Promise\\.all|Promise\\.allSettled) \\((?:<anonymous>|index \\d+)\\)(?= \\{\\n|\\n)", "")
        .replaceAll("\\((?:\\d+(?:\\.\\d+)?)ms\\)", "(*ms)")
        .replaceAll("duration_ms(:?) \\d+(?:\\.\\d+)?", "duration_ms$1 *")
        .replaceAll(" (time|timestamp|hostname)=\"[^\"]*\"", " $1=\"*\"");
  }

  private static String tail(String s) {
    return s.length() > 4000 ? "…" + s.substring(s.length() - 4000) : s;
  }

  /** What one run of a test produced. */
  record Outcome(int exitCode, String stdout, String stderr, boolean timedOut) {}
}
