package org.node4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API: running scripts, calling JS from Java, Java modules, lifecycle. */
class Node4jTest {
  private static Object get(CompletableFuture<?> f) throws Exception {
    return f.get(60, TimeUnit.SECONDS);
  }

  @Test
  void runFileReturnsTheExitCodeAndWritesToTheGivenStreams(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.js"), """
        console.log('args', process.argv.slice(2).join(','), process.cwd() === __dirname);
        console.error('to stderr', process.env.GREETING);
        setTimeout(() => { process.exitCode = 3; }, 5);
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Node4j node = Node4j.builder().cwd(dir).env(Map.of("GREETING", "hi")).stdout(out).stderr(err).build();
    assertEquals(3, node.runFile(Path.of("main.js"), "a", "b"));
    assertEquals("args a,b true\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("to stderr hi\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void processExitEndsTheRuntimeNotTheJvm() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Node4j node = Node4j.builder().stdout(out).build();
    assertEquals(42, node.runCode("process.on('exit', (c) => console.log('exit', c)); process.exit(42); console.log('never')"));
    assertEquals("exit 42\n", out.toString(StandardCharsets.UTF_8));

    try (Node4jRuntime rt = node.start()) {
      CompletableFuture<Object> f = rt.eval("process.exit(5)");
      assertEquals(5, rt.exited().get(60, TimeUnit.SECONDS));
      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, e.getCause());
      // Work handed to an ended runtime fails at once instead of hanging.
      assertThrows(ExecutionException.class, () -> rt.eval("1").get(60, TimeUnit.SECONDS));
    }
  }

  @Test
  void callsExportsWithConvertedValuesAndAwaitsPromises(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lib.js"), """
        exports.describe = (v) => ({ type: typeof v, isArray: Array.isArray(v), isBuffer: Buffer.isBuffer(v),
          isDate: v instanceof Date, value: v });
        exports.later = (x) => new Promise((resolve) => setTimeout(() => resolve(x * 2), 5));
        exports.fails = () => { const e = new TypeError('bad thing'); throw e; };
        exports.rejects = async () => { throw new RangeError('too far'); };
        exports.adder = (n) => (m) => n + m;
        exports.self = function () { return this === exports; };
        exports.fill = (buf) => { buf.fill(7); return buf.length; };
        """);
    try (Node4jRuntime rt = Node4j.builder().cwd(dir).build().start()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> list = (Map<String, Object>) get(rt.call("./lib.js", "describe", List.of(1, "two", 3.5)));
      assertEquals(Map.of("type", "object", "isArray", true, "isBuffer", false, "isDate", false,
          "value", List.of(1, "two", 3.5)), list);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) get(rt.call("./lib.js", "describe", Map.of("a", true)));
      assertEquals(Map.of("a", true), map.get("value"));
      assertEquals(false, map.get("isArray"));
      @SuppressWarnings("unchecked")
      Map<String, Object> bytes = (Map<String, Object>) get(rt.call("./lib.js", "describe", new byte[] {1, 2, 3}));
      assertEquals(true, bytes.get("isBuffer"));
      assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) bytes.get("value"));
      byte[] shared = new byte[4];
      assertEquals(4, get(rt.call("./lib.js", "fill", (Object) shared)));
      assertArrayEquals(new byte[] {7, 7, 7, 7}, shared, "a byte[] reaches JS as a Buffer over the same memory");
      @SuppressWarnings("unchecked")
      Map<String, Object> date = (Map<String, Object>) get(rt.call("./lib.js", "describe", Instant.ofEpochMilli(1234)));
      assertEquals(true, date.get("isDate"));
      assertEquals(Instant.ofEpochMilli(1234), date.get("value"));
      @SuppressWarnings("unchecked")
      Map<String, Object> big = (Map<String, Object>) get(rt.call("./lib.js", "describe", new BigInteger("123456789012345678901234567890")));
      assertEquals("bigint", big.get("type"));

      assertEquals(42, get(rt.call("./lib.js", "later", 21)));
      assertEquals(true, get(rt.call("./lib.js", "self")));

      ExecutionException thrown = assertThrows(ExecutionException.class, () -> get(rt.call("./lib.js", "fails")));
      JsException js = assertInstanceOf(JsException.class, thrown.getCause());
      assertEquals("bad thing", js.getMessage());
      assertTrue(js.jsStack().startsWith("TypeError: bad thing\n    at "), js.jsStack());
      assertTrue(js.jsStack().contains("lib.js:4:"), js.jsStack());

      ExecutionException rejected = assertThrows(ExecutionException.class, () -> get(rt.call("./lib.js", "rejects")));
      JsException rj = (JsException) rejected.getCause();
      assertTrue(rj.jsStack().startsWith("RangeError: too far"), rj.jsStack());

      JsFunction add5 = (JsFunction) get(rt.call("./lib.js", "adder", 5));
      assertEquals(12, get(add5.call(7)));
      assertEquals(15.5, get(add5.call(10.5)));

      ExecutionException missing = assertThrows(ExecutionException.class, () -> get(rt.call("./nope.js", "x")));
      assertTrue(((JsException) missing.getCause()).getMessage().startsWith("Cannot find module './nope.js'"));
    }
  }

  @Test
  void javaModulesAreRequirableAndTheirErrorsAreJsErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("use.js"), """
        const greeter = require('greeter');
        exports.run = () => {
          let caught;
          try { greeter.fail('boom'); } catch (e) { caught = `${e instanceof Error} ${e.message} ${e.javaClass}`; }
          return [greeter.hello('Ada'), greeter.version, greeter.sum([1, 2, 3]), caught,
            require('fs') === require('node:fs')];
        };
        """);
    Node4j node = Node4j.builder().cwd(dir)
        .module("greeter", Map.of(
            "hello", (JavaFunction) args -> "hello " + args[0],
            "version", 3,
            "sum", (JavaFunction) args -> ((List<?>) args[0]).stream().mapToInt(o -> (Integer) o).sum(),
            "fail", (JavaFunction) args -> {
              throw new IllegalStateException("java says " + args[0]);
            }))
        .build();
    try (Node4jRuntime rt = node.start()) {
      assertEquals(List.of("hello Ada", 3, 6, "true java says boom java.lang.IllegalStateException", true),
          get(rt.call("./use.js", "run")));
    }

    // ES modules import them too: named exports and the whole module as default
    Files.writeString(dir.resolve("main.mjs"), """
        import greeter, { hello, version } from 'greeter';
        console.log(hello('Grace'), version, greeter.version === version);
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Node4j.builder().cwd(dir).stdout(out).module("greeter", Map.of(
        "hello", (JavaFunction) args -> "hello " + args[0], "version", 3)).build()
        .runFile(Path.of("main.mjs"));
    assertEquals("hello Grace 3 true\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void javaClassesOnlyWhenTheBuilderAllowsThem() throws Exception {
    try (Node4jRuntime rt = Node4j.builder().java(getClass().getClassLoader()).build().start()) {
      assertEquals(List.of(36, 3), get(rt.eval(
          "const L = require('java:java.util.ArrayList'); const l = new L(); l.add(1); l.add(2); l.add(3);"
          + "[String(require('java:java.util.UUID').randomUUID()).length, l.size()]")));
    }
    try (Node4jRuntime rt = Node4j.builder().build().start()) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> get(rt.eval("require('java:java.util.UUID')")));
      assertTrue(((JsException) e.getCause()).jsStack().contains("ERR_NODE4J_JAVA_DISABLED"), ((JsException) e.getCause()).jsStack());
    }
  }

  @Test
  void permissionsLimitWhatARuntimeMayTouch(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.writeString(data.resolve("in.txt"), "granted");
    Files.writeString(dir.resolve("secret.txt"), "hidden");
    Files.writeString(dir.resolve("main.js"), """
        const fs = require('fs');
        const denied = (f) => { try { f(); return 'allowed'; } catch (e) { return e.code + ' ' + e.permission; } };
        console.log(fs.readFileSync('data/in.txt', 'utf8'));
        console.log(denied(() => fs.readFileSync('secret.txt')));
        console.log(denied(() => fs.writeFileSync('data/out.txt', 'x')));
        console.log(denied(() => require('net').connect(1, '127.0.0.1')));
        console.log(process.permission.has('fs.read', __dirname + '/data/in.txt'), process.execArgv.join(' '));
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Node4j node = Node4j.builder().cwd(dir).stdout(out)
        .permissions(Permissions.restricted().allowFsRead("data")).build();
    assertEquals(0, node.runFile(Path.of("main.js")));
    assertEquals("""
        granted
        ERR_ACCESS_DENIED FileSystemRead
        ERR_ACCESS_DENIED FileSystemWrite
        ERR_ACCESS_DENIED Net
        true --permission --allow-fs-read=data
        """, out.toString(StandardCharsets.UTF_8));

    // the network opens when granted; without the builder option nothing is restricted
    out.reset();
    node = Node4j.builder().cwd(dir).stdout(out)
        .permissions(Permissions.restricted().allowNetwork()).build();
    assertEquals(0, node.runCode("require('net').createServer().listen(0, '127.0.0.1', function () { console.log('listening'); this.close(); })"));
    assertEquals("listening\n", out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, Node4j.builder().cwd(dir).stdout(out).build()
        .runCode("console.log(require('fs').readFileSync('secret.txt', 'utf8'), process.permission)"));
    assertEquals("hidden undefined\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCpuTimeLimitStopsAScriptThatNeverEnds() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Node4j limited = Node4j.builder().stderr(err).cpuTimeLimit(java.time.Duration.ofMillis(1500)).build();
    assertEquals(1, limited.runCode("for (;;) {}"));
    assertEquals("node4j: the runtime used up its CPU time limit (1500 ms) and was stopped\n",
        err.toString(StandardCharsets.UTF_8));
    // within the budget nothing changes; waiting costs no CPU
    assertEquals(4, limited.runCode("setTimeout(() => process.exit(4), 2000)"));
  }

  @Test
  void workFromManyThreadsRunsOnTheOneJsThread() throws Exception {
    try (Node4jRuntime rt = Node4j.builder().build().start()) {
      get(rt.eval("globalThis.count = 0; globalThis.threads = new Set()"));
      List<CompletableFuture<Object>> all = new ArrayList<>();
      List<Thread> senders = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread s = new Thread(() -> {
          for (int i = 0; i < 50; i++) {
            synchronized (all) {
              all.add(rt.eval("++count"));
            }
          }
        });
        senders.add(s);
        s.start();
      }
      for (Thread s : senders) s.join();
      for (CompletableFuture<Object> f : all) get(f);
      assertEquals(200, get(rt.eval("count")));
      String name = (String) get(rt.submit(ctx -> Thread.currentThread().getName()));
      assertEquals("node4j-js", name);
    }
  }

  @Test
  void closeEndsTheRuntimeAfterItsHandlesAndRunsExitHandlers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Node4jRuntime rt = Node4j.builder().stdout(out).build().start();
    get(rt.eval("process.on('exit', (c) => console.log('exit', c)); setTimeout(() => console.log('timer'), 20); 0"));
    rt.close();
    assertEquals(0, rt.exited().get(60, TimeUnit.SECONDS));
    assertEquals("timer\nexit 0\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aThousandRuntimesLeaveNoThreadsBehind() throws Exception {
    Node4j node = Node4j.builder().stdout(new ByteArrayOutputStream()).build();
    assertEquals(0, node.runCode("setTimeout(() => {}, 1)")); // warm up, so lazily started pools exist
    int threadsBefore = Thread.activeCount();
    long heapBefore = usedHeapAfterGc();
    for (int i = 0; i < Integer.getInteger("n4j.cycles", 1000); i++) {
      if (i % 2 == 0) {
        assertEquals(i % 7, node.runCode("process.exitCode = " + (i % 7)));
      } else {
        try (Node4jRuntime rt = node.start()) {
          assertEquals(i, get(rt.eval(i + "")));
        }
      }
    }
    Thread.sleep(200);
    assertTrue(Thread.activeCount() <= threadsBefore + 2,
        "threads leaked: " + threadsBefore + " before, " + Thread.activeCount() + " after");
    // A leaked context holds megabytes; a thousand would show far above this margin.
    long heapAfter = usedHeapAfterGc();
    assertTrue(heapAfter < heapBefore + 100L * 1024 * 1024,
        "heap grew from " + (heapBefore >> 20) + " MiB to " + (heapAfter >> 20) + " MiB");
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return r.totalMemory() - r.freeMemory();
  }
}
