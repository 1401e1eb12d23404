package org.node4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.node4j.runtime.NodeRuntime;

/**
 * {@code --watch}: runs the main script in a fresh runtime (in this JVM, not a new process)
 * and runs it again when a watched file changes, printing Node's status lines. Watched are the
 * --watch-path entries, or else the script's directory tree (node_modules and dot-directories
 * left out): node4j does not track which files the script loaded, so a change to any source
 * file there restarts it.
 */
final class WatchMode {
  private static final long POLL_MILLIS = 150;
  private final Supplier<NodeRuntime> runtimes;
  private final Path main;
  private final List<Path> roots;
  private final boolean clearScreen;
  private final PrintStream out;

  WatchMode(Supplier<NodeRuntime> runtimes, Path main, List<Path> watchPaths, boolean clearScreen, PrintStream out) {
    this.runtimes = runtimes;
    this.main = main;
    this.roots = watchPaths.isEmpty() ? List.of(main.getParent()) : watchPaths;
    this.clearScreen = clearScreen;
    this.out = out;
  }

  void run() throws InterruptedException {
    String name = Path.of("").toAbsolutePath().relativize(main).toString();
    boolean first = true;
    while (true) {
      Map<Path, Long> before = snapshot();
      if (!first) {
        if (clearScreen) out.print("\u001bc");
        out.println("Restarting '" + name + "'");
      }
      first = false;
      NodeRuntime runtime = runtimes.get();
      int[] code = {0};
      Thread js = new Thread(null, () -> {
        try (runtime) {
          code[0] = runtime.run();
        } catch (RuntimeException e) {
          code[0] = 1;
        }
      }, "node4j-main", 512L * 1024 * 1024);
      js.start();
      Path changed = null;
      while (changed == null) {
        js.join(POLL_MILLIS);
        if (!js.isAlive()) break;
        changed = changedFile(before);
      }
      if (changed == null) {
        out.println((code[0] == 0 ? "Completed" : "Failed") + " running '" + name
            + "'. Waiting for file changes before restarting...");
        while ((changed = changedFile(before)) == null) Thread.sleep(POLL_MILLIS);
      } else {
        runtime.terminate();
        js.join();
      }
      out.println("Change detected in '" + changed + "'");
    }
  }

  private Path changedFile(Map<Path, Long> before) {
    Map<Path, Long> now = snapshot();
    for (Map.Entry<Path, Long> e : now.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) return e.getKey();
    }
    for (Path p : before.keySet()) if (!now.containsKey(p)) return p;
    return null;
  }

  private Map<Path, Long> snapshot() {
    Map<Path, Long> m = new HashMap<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        stamp(root, m);
        continue;
      }
      try (Stream<Path> s = Files.walk(root, 8)) {
        s.filter(p -> !hidden(root, p)).filter(Files::isRegularFile).limit(5000).forEach(p -> stamp(p, m));
      } catch (IOException | java.io.UncheckedIOException e) {
        // a directory that went away: its files count as removed
      }
    }
    stamp(main, m);
    return m;
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      String s = part.toString();
      if (s.startsWith(".") || s.equals("node_modules")) return true;
    }
    return false;
  }

  private static void stamp(Path p, Map<Path, Long> m) {
    try {
      m.put(p.toAbsolutePath().normalize(), Files.getLastModifiedTime(p).toMillis() ^ (Files.size(p) << 40));
    } catch (IOException e) {
      // gone between listing and reading: absent from the snapshot
    }
  }
}
