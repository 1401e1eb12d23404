package org.node4j.pm.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** why/explain, outdated, update, and the engines/deprecation warnings. */
class InspectUpdateTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("ms", "2.0.0").publish();
    reg.pkg("debug", "2.6.9").dep("ms", "2.0.0").publish();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"debug\":\"^2.6.0\"},"
        + "\"devDependencies\":{\"ms\":\"^2.0.0\"}}");
    assertEquals(0, cli.run("install").code());
  }

  @AfterEach
  void tearDown() { reg.close(); }

  @Test
  void whyExplainsTheChain() {
    Cli.Run r = cli.run("why", "ms");
    assertEquals(0, r.code(), r.err());
    assertEquals("ms@2.0.0\nnode_modules/ms\n  ms@\"2.0.0\" from debug@2.6.9\n  node_modules/debug\n"
        + "    debug@\"^2.6.0\" from the root project\n  dev ms@\"^2.0.0\" from the root project\n", r.out());
  }

  @Test
  void whyUnknownPackageFails() {
    assertEquals(1, cli.run("why", "nothing").code());
  }

  @Test
  void outdatedListsNewerVersionsAndExitsOne() {
    reg.pkg("ms", "2.1.3").publish();
    reg.pkg("debug", "4.3.4").publish();
    Cli.Run r = cli.run("outdated");
    assertEquals(1, r.code());
    assertEquals("Package  Current  Wanted  Latest  Location            Depended by\n"
        + "debug      2.6.9   2.6.9   4.3.4  node_modules/debug  project\n"
        + "ms         2.0.0   2.1.3   2.1.3  node_modules/ms     project\n", r.out());
  }

  @Test
  void outdatedWhenCurrentIsSilent() {
    Cli.Run r = cli.run("outdated");
    assertEquals(0, r.code());
    assertEquals("", r.out());
  }

  @Test
  void updateMovesWithinRangeAndKeepsPackageJson() throws Exception {
    String pkg = cli.read("package.json");
    reg.pkg("ms", "2.1.3").publish();
    reg.pkg("debug", "2.6.10").notLatest().dep("ms", "2.0.0").publish();
    Cli.Run r = cli.run("update", "ms");
    assertEquals(0, r.code(), r.err());
    assertEquals("2.1.3", cli.versionAt("node_modules/ms"));
    assertEquals("2.0.0", cli.versionAt("node_modules/debug/node_modules/ms"), "debug still pins 2.0.0");
    assertEquals("2.6.9", cli.versionAt("node_modules/debug"), "not named, not updated");
    assertEquals(pkg, cli.read("package.json"));
    assertEquals(0, cli.run("update").code());
    assertEquals("2.6.9", cli.versionAt("node_modules/debug"), "latest tag 2.6.9 still wins for ^2.6.0");
  }

  @Test
  void deprecatedAndEngineWarnings() throws Exception {
    reg.pkg("old", "1.0.0").set("deprecated", "use new instead").set("engines", Map.of("node", ">=99")).publish();
    Cli.Run r = cli.run("install", "old");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("npm warn deprecated old@1.0.0: use new instead"), r.err());
    assertTrue(r.err().contains("npm warn EBADENGINE Unsupported engine { package: 'old@1.0.0'"), r.err());
    Cli.Run strict = cli.run("install", "--engine-strict");
    assertEquals(0, strict.code(), "nothing newly fetched: no engine check");
    cli.run("uninstall", "old");
    Cli.Run s2 = cli.run("install", "old", "--engine-strict");
    assertEquals(1, s2.code());
    assertTrue(s2.err().contains("npm error code EBADENGINE"), s2.err());
    assertFalse(Json.parseObject(cli.read("package.json")).toString().contains("old"));
  }
}
