package org.node4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users meet it: bin/node4j run as a process, compared with Node's texts. */
class CliTest {
  record Run(int code, String out, String err) {}

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("bin/node4j"))) p = p.getParent();
    return p;
  }

  static Run node4j(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(root().resolve("bin/node4j").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node4j did not exit");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionFlag() throws Exception {
    Run r = node4j("", "-v");
    assertEquals(0, r.code());
    assertTrue(r.out().matches("v24\\.\\d+\\.\\d+\n"), r.out());
  }

  @Test
  void unknownFlagIsNodesBadOption() throws Exception {
    Run r = node4j("", "--bogus-flag");
    assertEquals(9, r.code());
    assertTrue(r.err().endsWith("bin/node4j: bad option: --bogus-flag\n"), r.err());
    Run missing = node4j("", "-e");
    assertEquals(9, missing.code());
    assertTrue(missing.err().endsWith(": -e requires an argument\n"), missing.err());
  }

  @Test
  void loopOrderOfTheAcceptanceLine() throws Exception {
    Run r = node4j("", "-e", "setTimeout(()=>console.log('t'),0);setImmediate(()=>console.log('i'));"
        + "process.nextTick(()=>console.log('n'));Promise.resolve().then(()=>console.log('p'))");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("n\np\n"), r.out());
    // No engine or JVM warning ever reaches the user.
    assertEquals("", r.err());
  }

  @Test
  void printAndArgs() throws Exception {
    Run r = node4j("", "-p", "[1, 2].map((x) => x * 2)");
    assertEquals("[ 2, 4 ]\n", r.out());
    Run args = node4j("", "-e", "console.log(process.argv.slice(1).join(','))", "--", "x", "y");
    assertEquals("x,y\n", args.out());
  }

  @Test
  void scriptFromStdin() throws Exception {
    Run dash = node4j("console.log('from stdin', process.argv.length)", "-", "a", "b");
    assertEquals("from stdin 4\n", dash.out(), dash.err());
    Run piped = node4j("console.log(1 + 1)");
    assertEquals("2\n", piped.out(), piped.err());
  }

  @Test
  void stdinPipesToStdoutExactly(@TempDir Path dir) throws Exception {
    // 32 MiB of varied bytes through process.stdin.pipe(process.stdout), compared whole.
    byte[] data = new byte[32 << 20];
    new java.util.Random(7).nextBytes(data);
    Path in = dir.resolve("in.bin");
    Path out = dir.resolve("out.bin");
    Files.write(in, data);
    Process p = new ProcessBuilder(root().resolve("bin/node4j").toString(), "-e",
        "process.stdin.pipe(process.stdout)")
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).start();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "node4j did not exit");
    assertEquals(0, p.exitValue(), new String(err, StandardCharsets.UTF_8));
    assertTrue(java.util.Arrays.equals(data, Files.readAllBytes(out)), "stdout differs from stdin");
  }

  @Test
  void missingMainModule(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.js");
    Run r = node4j("", missing.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Error: Cannot find module '" + missing + "'\n"), r.err());
    assertTrue(r.err().contains("  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v24."), r.err());
  }

  @Test
  void preloadAndExitCode(@TempDir Path dir) throws Exception {
    Path pre = dir.resolve("pre.js");
    Files.writeString(pre, "globalThis.preloaded = 'yes';");
    Path main = dir.resolve("main.js");
    Files.writeString(main, "console.log(globalThis.preloaded); process.exitCode = 3;");
    Run r = node4j("", "-r", pre.toString(), main.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals("yes\n", r.out());
  }

  @Test
  void stackTraceLimitFlag() throws Exception {
    Run r = node4j("", "--stack-trace-limit=1", "-e",
        "function a(){b()} function b(){throw new Error('x')} a()");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Error: x\n    at b ([eval]:1:38)\n\nNode.js v24."), r.err());
  }

  @Test
  void javaClassesOnlyWithJavaFlag(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // A class of our own on --java-classpath, compiled here so the test needs no fixture jar.
    Path src = dir.resolve("demo/Greeter.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package demo; public class Greeter { public static String greet(String who) { return \"hi \" + who; } }");
    Path classes = dir.resolve("classes");
    assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), src.toString()));
    Run r = node4j("", "--java-classpath=" + classes, "-e",
        "console.log(require('java:demo.Greeter').greet('node'), String(require('java:java.util.UUID').randomUUID()).length)");
    assertEquals("hi node 36\n", r.out(), r.err());
    Run off = node4j("", "-e", "require('java:java.util.UUID')");
    assertEquals(1, off.code());
    assertTrue(off.err().contains("code: 'ERR_NODE4J_JAVA_DISABLED'"), off.err());
  }

  @Test
  void emfileWhenTheFdLimitIsReached() throws Exception {
    // Needs a process of its own with a low fd limit; the same script passes under Node 24.
    Process p = new ProcessBuilder("bash", "-c", "ulimit -n 256 && exec \"$0\" \"$1\"",
        root().resolve("bin/node4j").toString(), root().resolve("test/fixtures/fs/emfile.js").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node4j did not exit");
    assertEquals(0, p.exitValue(), out);
    assertEquals("EMFILE ok\n", out);
  }

  @Test
  void flagsOfIssue10(@TempDir Path dir) throws Exception {
    // Node 24's texts: a flag NODE_OPTIONS may not carry, and --env-file/--title/builtin globals in -p.
    ProcessBuilder pb = new ProcessBuilder(root().resolve("bin/node4j").toString(), "-p", "1");
    pb.environment().put("NODE_OPTIONS", "-e 1");
    Process p = pb.start();
    p.getOutputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node4j did not exit");
    assertEquals(9, p.exitValue(), err);
    assertTrue(err.endsWith(": -e is not allowed in NODE_OPTIONS\n"), err);
    Path env = dir.resolve("test.env");
    Files.writeString(env, "X=1\nY=\"a b\"\n");
    Run r = node4j("", "--env-file=" + env, "--title=foo", "-p",
        "process.title + ' ' + process.env.X + process.env.Y + ' ' + typeof fs.readFileSync");
    assertEquals("foo 1a b function\n", r.out(), r.err());
    Run missing = node4j("", "--env-file=" + dir.resolve("nope"), "-e", "1");
    assertEquals(9, missing.code());
    assertTrue(missing.err().endsWith(": " + dir.resolve("nope") + ": not found\n"), missing.err());
  }
}
