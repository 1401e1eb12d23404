package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** Re-installs keep unchanged package folders (hard links from the previous node_modules). */
class ReuseTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("a", "1.0.0").file("index.js", "module.exports = 'a1'").publish();
    reg.pkg("b", "1.0.0").file("index.js", "module.exports = 'b1'").publish();
    reg.pkg("b", "2.0.0").file("index.js", "module.exports = 'b2'").publish();
    reg.pkg("c", "1.0.0").publish();
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private Object inode(String rel) throws Exception {
    return Files.getAttribute(cli.project.resolve(rel), "unix:ino");
  }

  @Test
  void unchangedFoldersAreLinkedNotReExtracted() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"b\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    Object a = inode("node_modules/a/index.js"), b = inode("node_modules/b/index.js");
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals(a, inode("node_modules/a/index.js"), "same package, same place: the file is kept");
    assertNotEquals(b, inode("node_modules/b/index.js"), "a changed version is unpacked afresh");
    assertEquals("module.exports = 'b2'", cli.read("node_modules/b/index.js"));
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertFalse(cli.exists("node_modules.npm4j-old"));
  }

  @Test
  void movedPackageIsNotReused() throws Exception {
    reg.pkg("p", "1.0.0").dep("b", "2").publish();
    cli.packageJson("{\"dependencies\":{\"p\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("2.0.0", cli.versionAt("node_modules/b"));
    // b@1 now takes the top slot and b@2 moves below p: neither may come from the old folder
    cli.packageJson("{\"dependencies\":{\"p\":\"1\",\"b\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("module.exports = 'b1'", cli.read("node_modules/b/index.js"));
    assertEquals("module.exports = 'b2'", cli.read("node_modules/p/node_modules/b/index.js"));
  }

  @Test
  void reusedPackageKeepsItsNestedDependenciesCorrect() throws Exception {
    reg.pkg("p", "1.0.0").dep("b", "1").publish();
    cli.packageJson("{\"dependencies\":{\"p\":\"1\",\"b\":\"2\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("1.0.0", cli.versionAt("node_modules/p/node_modules/b"));
    // b@2 at the top is pruned; p and its nested b@1 stay where they are (as npm keeps them)
    Object nested = inode("node_modules/p/node_modules/b/index.js");
    cli.packageJson("{\"dependencies\":{\"p\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertFalse(cli.exists("node_modules/b"));
    assertEquals("1.0.0", cli.versionAt("node_modules/p/node_modules/b"));
    assertEquals(nested, inode("node_modules/p/node_modules/b/index.js"));
  }

  @Test
  void installScriptsOfReusedPackagesDoNotRunAgain() throws Exception {
    reg.pkg("t", "1.0.0").set("scripts", Map.of("postinstall", "echo x >> runs.txt")).publish();
    cli.packageJson("{\"dependencies\":{\"t\":\"1\"},\"trustedDependencies\":[\"t\"]}");
    assertEquals(0, cli.run("install").code());
    cli.packageJson("{\"dependencies\":{\"t\":\"1\",\"c\":\"1\"},\"trustedDependencies\":[\"t\"]}");
    assertEquals(0, cli.run("install").code());
    assertEquals("x\n", cli.read("node_modules/t/runs.txt"));
  }

  @Test
  void failedReinstallLeavesReusedFilesIntact() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    String lock = cli.read("package-lock.json");
    reg.pkg("boom", "1.0.0").set("scripts", Map.of("install", "exit 2")).publish();
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"boom\":\"1\"},\"trustedDependencies\":[\"boom\"]}");
    assertEquals(1, cli.run("install").code());
    assertEquals("module.exports = 'a1'", cli.read("node_modules/a/index.js"));
    assertFalse(cli.exists("node_modules/boom"));
    assertEquals(lock, cli.read("package-lock.json"));
  }

  @Test
  void reusedFolderIsNotWrittenThroughWhenAParentIsUnpacked() throws Exception {
    // q bundles a file at node_modules/b/index.js in its tarball while b@1 is nested there
    reg.pkg("q", "1.0.0").dep("b", "1").file("node_modules/b/index.js", "evil1").publish();
    reg.pkg("q", "2.0.0").dep("b", "1").file("node_modules/b/index.js", "evil2").publish();
    cli.packageJson("{\"dependencies\":{\"q\":\"1\",\"b\":\"2\"}}");
    assertEquals(0, cli.run("install").code());
    Path old = cli.project.resolve("node_modules/q/node_modules/b/index.js");
    Path keep = tmp.resolve("keep");
    Files.createLink(keep, old);
    String before = Files.readString(keep);
    cli.packageJson("{\"dependencies\":{\"q\":\"2\",\"b\":\"2\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals(before, Files.readString(keep), "the previous install's inode is never written");
  }

  private Object storeInode(String file) throws Exception {
    Path store = tmp.resolve("cache/_npm4j/unpacked-v1");
    try (var walk = Files.walk(store)) {
      Path p = walk.filter(f -> f.endsWith(file) && !store.relativize(f).startsWith("tmp")).findFirst().orElseThrow();
      return Files.getAttribute(p, "unix:ino");
    }
  }

  @Test
  void warmInstallLinksFilesFromTheUnpackedCache() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    Object stored = storeInode("index.js");
    assertEquals(stored, inode("node_modules/a/index.js"));
    // another project, same cache: nothing is downloaded, files are the cache's
    Files.delete(cli.project.resolve("package-lock.json"));
    cli.run("cache", "verify");
    org.node4j.pm.cache.ContentCache.deleteTree(cli.project.resolve("node_modules"));
    int hits = reg.tarballHits.get();
    assertEquals(0, cli.run("install").code());
    assertEquals(hits, reg.tarballHits.get());
    assertEquals(stored, inode("node_modules/a/index.js"));
  }

  @Test
  void copyImportMethodUnpacksFreshFiles() throws Exception {
    cli.env.put("npm_config_package_import_method", "copy");
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("module.exports = 'a1'", cli.read("node_modules/a/index.js"));
    assertFalse(Files.exists(tmp.resolve("cache/_npm4j/unpacked-v1/sha512")));
  }

  @Test
  void packagesWithTrustedScriptsNeverShareFilesWithTheCache() throws Exception {
    reg.pkg("t", "1.0.0").file("data.txt", "orig\n").set("scripts", Map.of("postinstall", "echo changed >> data.txt"))
        .publish();
    cli.packageJson("{\"dependencies\":{\"t\":\"1\"},\"trustedDependencies\":[\"t\"]}");
    assertEquals(0, cli.run("install").code());
    assertEquals("orig\nchanged\n", cli.read("node_modules/t/data.txt"));
    assertEquals(1L, ((Number) Files.getAttribute(cli.project.resolve("node_modules/t/data.txt"), "unix:nlink")).longValue());
  }

  @Test
  void corruptedStoreFolderIsNotTrustedAfterCacheClean() throws Exception {
    cli.packageJson("{\"dependencies\":{\"a\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals(0, cli.run("cache", "clean", "--force").code());
    assertFalse(Files.exists(tmp.resolve("cache/_npm4j/unpacked-v1")));
    org.node4j.pm.cache.ContentCache.deleteTree(cli.project.resolve("node_modules"));
    assertEquals(0, cli.run("install").code());
    assertEquals("module.exports = 'a1'", cli.read("node_modules/a/index.js"));
  }
}
