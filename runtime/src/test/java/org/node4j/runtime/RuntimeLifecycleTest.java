package org.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many runtimes in one JVM: no shared mutable state, exits end a runtime, not the JVM. */
class RuntimeLifecycleTest {
  record Result(int code, String out) {}

  static Result run(Path script, String envValue) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HashMap<String, String> env = new HashMap<>();
    env.put("WHO", envValue);
    RuntimeOptions o = new RuntimeOptions("node4j", "node4j", List.of(), RuntimeOptions.MainKind.FILE,
        script.toString(), List.of(), env, script.getParent(), InputStream.nullInputStream(), out,
        new ByteArrayOutputStream(), false, false, false, List.of(), 10);
    try (NodeRuntime rt = new NodeRuntime(o)) {
      int code = rt.run();
      return new Result(code, out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void runtimesAreIndependent(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("a.js");
    Files.writeString(script, """
        globalThis.count = (globalThis.count || 0) + 1;
        process.chdir('/');
        setTimeout(() => { console.log(process.env.WHO, count, process.cwd()); process.exit(7); }, 1);
        """);
    int threadsBefore = Thread.activeCount();
    for (int i = 0; i < 20; i++) {
      Result r = run(script, "w" + i);
      assertEquals(7, r.code());
      // Each runtime has its own globals, env and working directory.
      assertEquals("w" + i + " 1 /\n", r.out());
    }
    assertTrue(Thread.activeCount() <= threadsBefore + 2, "threads leaked: " + Thread.activeCount());
  }

  @Test
  void concurrentRuntimes(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("b.js");
    Files.writeString(script, """
        let n = 0;
        const iv = setInterval(() => { if (++n === 20) { clearInterval(iv); console.log(process.env.WHO, n); } }, 1);
        """);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Result>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String who = "c" + i;
        results.add(pool.submit(() -> run(script, who)));
      }
      for (int i = 0; i < 8; i++) {
        Result r = results.get(i).get();
        assertEquals(0, r.code());
        assertEquals("c" + i + " 20\n", r.out());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
