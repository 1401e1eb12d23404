package org.node4j.pm.pack;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.tar.TarExtractor;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** pack's file selection and output; publish to the loopback registry, then install it back. */
class PackPublishTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private void write(String rel, String text) throws Exception {
    Path p = cli.project.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void npmignoreAndAlwaysIgnoredFiles() throws Exception {
    cli.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\"}");
    write("index.js", "1");
    write("test/a.test.js", "t");
    write("docs/keep.md", "d");
    write("docs/drop.tmp", "d");
    write(".npmignore", "test/\n*.tmp\n");
    write(".npmrc", "//h/:_authToken=secret");
    write("node_modules/x/index.js", "x");
    write("package-lock.json", "{}");
    write("LICENSE", "MIT");
    assertEquals(List.of("LICENSE", "docs/keep.md", "index.js", "package.json"),
        Packer.files(cli.project, Json.parseObject(cli.read("package.json"))));
  }

  @Test
  void filesFieldWithForcedMainBinReadme() throws Exception {
    cli.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\",\"main\":\"main.js\",\"bin\":\"./cli.js\",\"files\":[\"lib\",\"dist/*.js\"]}");
    write("lib/a.js", "a");
    write("lib/sub/b.js", "b");
    write("dist/x.js", "x");
    write("dist/x.map", "m");
    write("main.js", "m");
    write("cli.js", "c");
    write("other.js", "o");
    write("README.md", "r");
    assertEquals(List.of("README.md", "cli.js", "dist/x.js", "lib/a.js", "lib/sub/b.js", "main.js", "package.json"),
        Packer.files(cli.project, Json.parseObject(cli.read("package.json"))));
  }

  @Test
  void gitignoreUsedWhenNoNpmignoreAndNegation() throws Exception {
    cli.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\"}");
    write(".gitignore", "*.log\n!keep.log\nbuild/\n");
    write("a.log", "");
    write("keep.log", "");
    write("build/out.js", "");
    write("src/build.js", "");
    assertEquals(List.of("keep.log", "package.json", "src/build.js"),
        Packer.files(cli.project, Json.parseObject(cli.read("package.json"))));
  }

  @Test
  void packWritesTarballAndPrintsNpmNotices() throws Exception {
    cli.packageJson("{\"name\":\"@me/p\",\"version\":\"1.0.0\",\"scripts\":{\"prepack\":\"echo x > gen.js\"}}");
    Files.setPosixFilePermissions(Files.writeString(cli.project.resolve("run.sh"), "#!/bin/sh\n"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Cli.Run r = cli.run("pack");
    assertEquals(0, r.code(), r.err());
    assertEquals("me-p-1.0.0.tgz\n", r.out());
    assertTrue(r.err().contains("npm notice Tarball Contents\nnpm notice 2B gen.js\n"), r.err());
    assertTrue(r.err().contains("npm notice total files: 3"), r.err());
    byte[] tgz = Files.readAllBytes(cli.project.resolve("me-p-1.0.0.tgz"));
    Path out = tmp.resolve("unpacked");
    TarExtractor.extract(tgz, out);
    assertEquals("x\n", Files.readString(out.resolve("gen.js")), "prepack ran before packing");
    assertTrue(Files.isExecutable(out.resolve("run.sh")));
  }

  @Test
  void publishThenInstallFromTheRegistry() throws Exception {
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    Files.writeString(lib.resolve("package.json"), "{\"name\":\"@me/lib\",\"version\":\"0.3.0\",\"main\":\"i.js\"}");
    Files.writeString(lib.resolve("i.js"), "module.exports = 42\n");
    Files.writeString(lib.resolve(".npmrc"), reg.url().replace("http:", "") + ":_authToken=pub\n");
    Cli pub = new Cli(tmp.resolve("pubenv"), reg);
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream(), e = new java.io.ByteArrayOutputStream();
    int code = org.node4j.pm.cli.Main.run(new String[] {"publish"}, lib, pub.env, new java.io.PrintStream(o),
        new java.io.PrintStream(e));
    assertEquals(0, code, e.toString());
    assertEquals("+ @me/lib@0.3.0\n", o.toString());
    assertTrue(reg.requests.stream().anyMatch(q -> "Bearer pub".equals(q[2])));
    cli.packageJson("{\"dependencies\":{\"@me/lib\":\"^0.3.0\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("module.exports = 42\n", cli.read("node_modules/@me/lib/i.js"));
    // publishing the same version again is refused by the registry
    int again = org.node4j.pm.cli.Main.run(new String[] {"publish"}, lib, pub.env, new java.io.PrintStream(o),
        new java.io.PrintStream(e));
    assertEquals(1, again);
    assertTrue(e.toString().contains("npm error code E403"), e.toString());
  }

  @Test
  void publishNeedsAuthAndRefusesPrivate() throws Exception {
    cli.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\"}");
    Cli.Run r = cli.run("publish");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ENEEDAUTH"), r.err());
    cli.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\",\"private\":true}");
    assertTrue(cli.run("publish").err().contains("npm error code EPRIVATE"));
  }

  @Test
  void publishDryRunSendsNothing() throws Exception {
    cli.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\"}");
    Cli.Run r = cli.run("publish", "--dry-run");
    assertEquals(0, r.code(), r.err());
    assertEquals(0, reg.requests.size());
    assertTrue(r.err().contains("(dry-run)"), r.err());
  }

  @Test
  void ignoreRulesUnit() {
    IgnoreRules r = IgnoreRules.parse("/root-only.js\n**/deep/*.txt\n*.md\n!README.md\n");
    assertEquals(Boolean.TRUE, r.ignored("root-only.js", false));
    assertNull(r.ignored("sub/root-only.js", false));
    assertEquals(Boolean.TRUE, r.ignored("a/b/deep/x.txt", false));
    assertEquals(Boolean.TRUE, r.ignored("docs/x.md", false));
    assertEquals(Boolean.FALSE, r.ignored("README.md", false));
    assertEquals(Map.of(), Map.of());
  }
}
