package org.node4j.pm.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** ls, cache, config, init: output and exit codes. */
class CliCommandsTest {
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

  private void installTree() throws Exception {
    reg.pkg("c", "1.0.0").publish();
    reg.pkg("a", "1.0.0").dep("c", "^1").publish();
    reg.pkg("b", "1.0.0").dep("c", "^1").publish();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"a\":\"1\",\"b\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
  }

  @Test
  void lsTopLevelByDefault() throws Exception {
    installTree();
    Cli.Run r = cli.run("ls");
    assertEquals(0, r.code(), r.err());
    assertEquals("app@1.0.0 " + cli.project + "\n├── a@1.0.0\n└── b@1.0.0\n\n", r.out());
  }

  @Test
  void lsAllMarksDeduped() throws Exception {
    installTree();
    Cli.Run r = cli.run("ls", "--all");
    assertEquals("app@1.0.0 " + cli.project + "\n├─┬ a@1.0.0\n│ └── c@1.0.0\n└─┬ b@1.0.0\n  └── c@1.0.0 deduped\n\n",
        r.out());
  }

  @Test
  void lsReportsMissingInvalidAndExtraneous() throws Exception {
    installTree();
    Files.writeString(cli.project.resolve("node_modules/c/package.json"), "{\"name\":\"c\",\"version\":\"2.0.0\"}");
    Files.createDirectories(cli.project.resolve("node_modules/stray"));
    Files.writeString(cli.project.resolve("node_modules/stray/package.json"), "{\"name\":\"stray\",\"version\":\"0.0.1\"}");
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"a\":\"1\",\"b\":\"1\",\"gone\":\"^3\"}}");
    Cli.Run r = cli.run("ls");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("UNMET DEPENDENCY gone@^3"), r.out());
    assertTrue(r.out().contains("stray@0.0.1 extraneous"), r.out());
    assertTrue(r.err().contains("npm error code ELSPROBLEMS"), r.err());
    assertTrue(r.err().contains("missing: gone@^3, required by app@1.0.0"), r.err());
    assertTrue(r.err().contains("invalid: c@2.0.0"), r.err());
    assertTrue(r.err().contains("extraneous: stray@0.0.1"), r.err());
  }

  @Test
  void cacheCleanNeedsForceAndVerifyCounts() throws Exception {
    installTree();
    Cli.Run v = cli.run("cache", "verify");
    assertEquals(0, v.code());
    assertTrue(v.out().contains("Content verified: 3"), v.out());
    assertEquals(1, cli.run("cache", "clean").code());
    assertEquals(0, cli.run("cache", "clean", "--force").code());
    assertTrue(cli.run("cache", "verify").out().contains("Content verified: 0"));
  }

  @Test
  void configSetGetList() throws Exception {
    cli.packageJson("{}");
    assertEquals(0, cli.run("config", "set", "save-exact=true").code());
    assertTrue(Files.readString(cli.home.resolve(".npmrc")).contains("save-exact=true"));
    Cli.Run g = cli.run("config", "get", "save-exact", "registry", "nothing-here");
    assertEquals("true\n" + reg.url() + "\nundefined\n", g.out());
    assertTrue(cli.run("config", "list").out().contains("save-exact = \"true\""));
  }

  @Test
  void savedExactFromUserConfig() throws Exception {
    reg.pkg("x", "1.2.3").publish();
    cli.packageJson("{}");
    Files.writeString(cli.home.resolve(".npmrc"), "save-exact=true\n");
    assertEquals(0, cli.run("install", "x").code());
    assertEquals(Map.of("x", "1.2.3"), Json.parseObject(cli.read("package.json")).get("dependencies"));
  }

  @Test
  void initYesWritesDefaults() throws Exception {
    Cli.Run r = cli.run("init", "-y");
    assertEquals(0, r.code());
    Map<String, Object> pkg = Json.parseObject(cli.read("package.json"));
    assertEquals("project", pkg.get("name"));
    assertEquals("1.0.0", pkg.get("version"));
    assertEquals("ISC", pkg.get("license"));
  }

  @Test
  void flagParsing() {
    Main.Args a = Main.parse(new String[] {"install", "-D", "--save-exact", "--no-save", "--omit=dev", "x", "--", "y"});
    assertEquals(java.util.List.of("install", "x"), a.words());
    assertEquals("true", a.flags().get("save-dev"));
    assertEquals("false", a.flags().get("save"));
    assertEquals("dev", a.flags().get("omit"));
    assertEquals(java.util.List.of("y"), a.rest());
  }
}
