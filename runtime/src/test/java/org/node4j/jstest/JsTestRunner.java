package org.node4j.jstest;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;

/**
 * Runs test/js scripts: in this JVM (a fresh runtime each, sharing the engine and its compiled
 * code), or under reference Node 24 with {@code --ref} to prove a test encodes Node's behaviour.
 * Usage: JsTestRunner [--ref] [file or folder …]  (default: all of test/js).
 */
public final class JsTestRunner {
  private JsTestRunner() {}

  public static void main(String[] args) throws Exception {
    boolean ref = false;
    List<Path> roots = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--ref")) ref = true;
      else roots.add(Path.of(a).toAbsolutePath().normalize());
    }
    Path repo = repoRoot();
    if (roots.isEmpty()) roots.add(repo.resolve("test/js"));
    List<Path> files = discover(roots);
    String refNode = ref ? ReferenceNode.path(repo) : null;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> results = new ArrayList<>();
    for (Path f : files) {
      results.add(pool.submit(() -> {
        JsTest t = JsTest.load(f);
        JsTest.Outcome o = refNode != null ? runReference(refNode, t, repo) : runInJvm(t, repo);
        return t.check(o, repo, refNode != null);
      }));
    }
    int passed = 0;
    int failed = 0;
    for (int i = 0; i < files.size(); i++) {
      String why;
      try {
        why = results.get(i).get();
      } catch (Exception e) {
        why = "runner error: " + e;
      }
      String name = repo.relativize(files.get(i)).toString();
      if (why == null) {
        passed++;
        System.out.println("ok   " + name);
      } else {
        failed++;
        System.out.println("FAIL " + name + "\n" + indent(why));
      }
    }
    pool.shutdownNow();
    System.out.println(passed + " passed, " + failed + " failed");
    System.out.flush();
    Runtime.getRuntime().halt(failed == 0 ? 0 : 1);
  }

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("test/js"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("cannot find the repository root (test/js)");
    return p;
  }

  static List<Path> discover(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        out.add(root);
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> {
          String n = p.getFileName().toString();
          return n.startsWith("test-") && (n.endsWith(".js") || n.endsWith(".cjs") || n.endsWith(".mjs")
              || n.endsWith(".ts") || n.endsWith(".cts") || n.endsWith(".mts"));
        }).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** Runs one script in a fresh runtime on its own thread, capturing stdio. */
  static JsTest.Outcome runInJvm(JsTest test, Path repo) throws Exception {
    Path file = test.file();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = new HashMap<>(System.getenv());
    // process.execPath (bin/node4j) run by a test starts from the compiled classes, never a build.
    env.put("NODE4J_USE_CLASSES", "1");
    RuntimeOptions options = new RuntimeOptions(
        repo.resolve("bin/node4j").toString(), "node4j", test.flags(), RuntimeOptions.MainKind.FILE,
        file.toString(), List.of(), env, repo, InputStream.nullInputStream(), out, err,
        false, false, false, List.of(), 10);
    NodeRuntime runtime = new NodeRuntime(options);
    int[] code = {-1};
    Thread t = new Thread(null, () -> code[0] = runtime.run(), "js-test", 256L * 1024 * 1024);
    t.start();
    t.join(TimeUnit.SECONDS.toMillis(test.timeoutSeconds()));
    boolean timedOut = t.isAlive();
    if (timedOut) {
      runtime.terminate();
      t.join(5000);
    }
    return new JsTest.Outcome(code[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), timedOut);
  }

  /** Runs one script as a child process of reference Node, with the same cwd. */
  static JsTest.Outcome runReference(String node, JsTest test, Path repo) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(node));
    command.addAll(test.flags());
    command.add(test.file().toString());
    Process p = new ProcessBuilder(command).directory(repo.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    Future<byte[]> out = Executors.newVirtualThreadPerTaskExecutor().submit(() -> p.getInputStream().readAllBytes());
    Future<byte[]> err = Executors.newVirtualThreadPerTaskExecutor().submit(() -> p.getErrorStream().readAllBytes());
    boolean done = p.waitFor(test.timeoutSeconds(), TimeUnit.SECONDS);
    if (!done) p.destroyForcibly().waitFor();
    try {
      return new JsTest.Outcome(done ? p.exitValue() : -1,
          new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8),
          new String(err.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8), !done);
    } catch (TimeoutException e) {
      return new JsTest.Outcome(-1, "", "output not closed", true);
    }
  }

  private static String indent(String s) {
    return s.lines().map(l -> "     " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
