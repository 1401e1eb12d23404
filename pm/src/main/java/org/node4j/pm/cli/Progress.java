package org.node4j.pm.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * The progress line of a long command on a terminal: a spinner and what has been fetched so far,
 * redrawn in place on stderr and erased when the command ends. Off a terminal nothing is drawn
 * (logs and CI output keep only the plain summary lines), as npm does.
 */
final class Progress implements AutoCloseable {
  private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
  private static final String ERASE = "\r\u001b[K";

  private final PrintStream err;
  private final Supplier<String> status;
  private final Thread ticker;
  private int frame;

  private Progress(PrintStream err, Supplier<String> status, boolean draw) {
    this.err = err;
    this.status = status;
    this.ticker = draw ? Thread.ofPlatform().daemon().name("npm4j-progress").unstarted(this::tick) : null;
  }

  static Progress start(PrintStream err, boolean terminal, Supplier<String> status) {
    Progress p = new Progress(err, status, terminal);
    if (p.ticker != null) p.ticker.start();
    return p;
  }

  /** Whether stderr is a terminal; a test's captured stream never is. */
  static boolean terminal(PrintStream err) {
    return err == System.err && System.console() != null && System.console().isTerminal();
  }

  /** One frame: the spinner and the status, drawn over the previous frame. */
  String frame() {
    return ERASE + FRAMES.charAt(frame++ % FRAMES.length()) + " " + status.get();
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        synchronized (err) {
          err.print(frame());
          err.flush();
        }
        Thread.sleep(80);
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  @Override
  public void close() {
    if (ticker == null) return;
    ticker.interrupt();
    try {
      ticker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (err) {
      err.print(ERASE);
      err.flush();
    }
  }
}
