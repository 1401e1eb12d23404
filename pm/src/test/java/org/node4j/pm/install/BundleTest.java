package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** bundleDependencies: bundled packages come from the bundler's tarball, never from the registry. */
class BundleTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("dep", "1.0.0").file("index.js", "module.exports = 'registry dep'").publish();
    reg.pkg("outside", "1.0.0").publish();
    // "b" bundles dep@0.9.0 (not even in the registry at that version) and "inner", which needs
    // "outside" (not bundled: resolved from the registry as usual)
    reg.pkg("b", "1.0.0").dep("dep", "^0.9.0").dep("inner", "1.0.0")
        .set("bundleDependencies", List.of("dep", "inner"))
        .file("node_modules/dep/package.json", "{\"name\":\"dep\",\"version\":\"0.9.0\",\"license\":\"MIT\"}")
        .file("node_modules/dep/index.js", "module.exports = 'bundled dep'")
        .file("node_modules/inner/package.json",
            "{\"name\":\"inner\",\"version\":\"1.0.0\",\"dependencies\":{\"outside\":\"^1.0.0\"}}")
        .publish();
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private Map<String, Object> entry(String loc) throws Exception {
    return Json.obj(Json.obj(cli.lock().get("packages")).get(loc));
  }

  @Test
  void bundledPackagesComeFromTheTarball() throws Exception {
    cli.packageJson("{\"dependencies\":{\"b\":\"1\",\"dep\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("module.exports = 'bundled dep'", cli.read("node_modules/b/node_modules/dep/index.js"));
    assertEquals("module.exports = 'registry dep'", cli.read("node_modules/dep/index.js"));
    assertEquals("1.0.0", cli.versionAt("node_modules/outside"), "non-bundled deps of bundled packages resolve normally");
    assertEquals(0, reg.count("/inner"), "bundled packages are never asked for");
    Map<String, Object> bundled = entry("node_modules/b/node_modules/dep");
    assertEquals(Boolean.TRUE, bundled.get("inBundle"));
    assertEquals("0.9.0", bundled.get("version"));
    assertNull(bundled.get("resolved"));
    assertNull(bundled.get("integrity"));
    assertEquals(List.of("dep", "inner"), entry("node_modules/b").get("bundleDependencies"));
  }

  @Test
  void lockedBundleReinstallsAndCiAcceptsIt() throws Exception {
    cli.packageJson("{\"dependencies\":{\"b\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    String lock = cli.read("package-lock.json");
    Cli.Run ci = cli.run("ci");
    assertEquals(0, ci.code(), ci.err());
    assertEquals(lock, cli.read("package-lock.json"));
    assertEquals("0.9.0", cli.versionAt("node_modules/b/node_modules/dep"));
    assertEquals("1.0.0", cli.versionAt("node_modules/b/node_modules/inner"));
    Cli.Run ls = cli.run("ls", "--all");
    assertEquals(0, ls.code(), ls.out() + ls.err());
  }

  @Test
  void bundleDependenciesTrueBundlesEveryDependency() throws Exception {
    reg.pkg("all", "1.0.0").dep("dep", "0.9.0").set("bundleDependencies", true)
        .file("node_modules/dep/package.json", "{\"name\":\"dep\",\"version\":\"0.9.0\"}").publish();
    cli.packageJson("{\"dependencies\":{\"all\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("0.9.0", cli.versionAt("node_modules/all/node_modules/dep"));
    assertEquals(Boolean.TRUE, entry("node_modules/all/node_modules/dep").get("inBundle"));
  }
}
