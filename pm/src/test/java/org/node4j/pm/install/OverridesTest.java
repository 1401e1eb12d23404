package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** package.json "overrides" (arborist's OverrideSet rules). */
class OverridesTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("c", "1.0.0").publish();
    reg.pkg("c", "2.0.0").publish();
    reg.pkg("c", "2.1.0").publish();
    reg.pkg("a", "1.0.0").dep("c", "^2.0.0").publish();
    reg.pkg("b", "1.0.0").dep("c", "^2.0.0").publish();
    reg.pkg("old", "1.0.0").dep("c", "^1.0.0").publish();
  }

  @AfterEach
  void tearDown() { reg.close(); }

  @Test
  void globalOverrideReplacesEveryMatchingEdge() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"b\":\"1\"},\"overrides\":{\"c\":\"1.0.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertFalse(cli.exists("node_modules/a/node_modules/c"));
    // the lockfile keeps what the manifests say, like npm
    var a = Json.obj(Json.obj(cli.lock().get("packages")).get("node_modules/a"));
    assertEquals("^2.0.0", Json.obj(a.get("dependencies")).get("c"));
  }

  @Test
  void nestedOverrideAppliesOnlyBelowItsPackage() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"b\":\"1\"},\"overrides\":{\"a\":{\"c\":\"1.0.0\"}}}");
    assertEquals(0, cli.run("install").code());
    // a comes first, so its overridden c takes the top slot and b's c nests (plain hoisting)
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertEquals("2.1.0", cli.versionAt("node_modules/b/node_modules/c"));
    assertNull(cli.versionAt("node_modules/a/node_modules/c"));
  }

  @Test
  void selectorOnlyMatchesIntersectingRanges() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"old\":\"1\"},\"overrides\":{\"c@^2\":\"2.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("2.0.0", cli.versionAt("node_modules/c"));
    assertEquals("1.0.0", cli.versionAt("node_modules/old/node_modules/c"));
  }

  @Test
  void dotValueAndReferenceToARootDependency() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1.0.0\",\"c\":\"2.0.0\"},\"overrides\":{\"a\":{\".\":\"1.0.0\",\"c\":\"$c\"}}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("2.0.0", cli.versionAt("node_modules/c"));
    assertFalse(cli.exists("node_modules/a/node_modules/c"));
  }

  @Test
  void conflictWithADirectDependencyIsEoverride() throws Exception {
    cli.packageJson("{\"dependencies\":{\"c\":\"^2.0.0\"},\"overrides\":{\"c\":\"1.0.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EOVERRIDE"), r.err());
    assertTrue(r.err().contains("Override for c@^2.0.0 conflicts with direct dependency"), r.err());
    assertFalse(cli.exists("node_modules"));
  }

  @Test
  void unresolvableReferenceIsEoverride() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"},\"overrides\":{\"c\":\"$nope\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Unable to resolve reference $nope"), r.err());
  }

  @Test
  void lockedTreeHonoursOverridesAndStaysStable() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"},\"overrides\":{\"c\":\"1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    String lock = cli.read("package-lock.json");
    Cli.Run again = cli.run("install");
    assertEquals(0, again.code(), again.err());
    assertEquals(lock, cli.read("package-lock.json"));
    Cli.Run ci = cli.run("ci");
    assertEquals(0, ci.code(), ci.err());
    Cli.Run ls = cli.run("ls", "--all");
    assertEquals(0, ls.code(), ls.out() + ls.err());
    assertTrue(ls.out().contains("c@1.0.0 overridden"), ls.out());
  }

  @Test
  void addingAnOverrideLaterReResolvesTheLockedVersion() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("2.1.0", cli.versionAt("node_modules/c"));
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"},\"overrides\":{\"c\":\"2.0.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    // arborist never replaces with a lower version: it nests under a, the old copy is pruned
    assertEquals("2.0.0", cli.versionAt("node_modules/a/node_modules/c"), cli.read("package-lock.json"));
    assertFalse(cli.exists("node_modules/c"));
  }

  @Test
  void packageAlsoReachedInsideARuleSubtreeTakesTheRule() throws Exception {
    // d is needed by the root and by s; the rule "s > c" then applies to d as well (arborist's
    // most specific override set), so c@1 is what d gets too, placed at the top
    reg.pkg("d", "1.0.0").dep("c", "^2.0.0").publish();
    reg.pkg("s", "1.0.0").dep("d", "1").publish();
    cli.packageJson("{\"dependencies\":{\"d\":\"1\",\"s\":\"1\"},\"overrides\":{\"s\":{\"c\":\"1.0.0\"}}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertFalse(cli.exists("node_modules/d/node_modules/c"));
  }

  @Test
  void packageLockOnlyWritesTheLockfileAndNothingElse() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"},\"overrides\":{\"c\":\"1.0.0\"}}");
    Cli.Run r = cli.run("install", "--package-lock-only");
    assertEquals(0, r.code(), r.err());
    assertFalse(cli.exists("node_modules"));
    var c = Json.obj(Json.obj(cli.lock().get("packages")).get("node_modules/c"));
    assertEquals("1.0.0", c.get("version"));
    assertEquals(0, reg.tarballHits.get(), "no tarball is needed for a lockfile");
  }
}
