package org.node4j.jstest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/node4j --test} in a directory of node:test files (test/node-test-dir) prints what
 * reference Node 24 printed there (test/node-test-dir.out, durations and core-library stack
 * frames masked as for test/js scripts) and exits with its code.
 */
class TestRunnerCliTest {
  @Test
  void testDirectoryAsNodePrintsIt() throws Exception {
    Path root = JsTestRunner.repoRoot();
    Path dir = root.resolve("test/node-test-dir");
    Process p = new ProcessBuilder(root.resolve("bin/node4j").toString(), "--test")
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "node4j --test did not exit");
    String expected = Files.readString(root.resolve("test/node-test-dir.out"), StandardCharsets.UTF_8);
    assertEquals(JsTest.normalize(expected, root), JsTest.normalize(out, root));
    assertEquals(1, p.exitValue());
  }
}
