package org.node4j.pm.install;

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

/** npm workspaces: links in the root node_modules, hoisted deps, nested conflicts, lockfile. */
class WorkspacesTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("ms", "2.0.0").notLatest().publish();
    reg.pkg("ms", "2.1.3").publish();
    reg.pkg("debug", "4.3.4").dep("ms", "^2.1.1").publish();
    cli.packageJson("{\"name\":\"root\",\"version\":\"1.0.0\",\"workspaces\":[\"packages/*\"],"
        + "\"devDependencies\":{\"ms\":\"^2.1.0\"}}");
    write("packages/a/package.json", "{\"name\":\"a\",\"version\":\"1.0.0\",\"dependencies\":{\"debug\":\"^4\",\"b\":\"^1\"}}");
    write("packages/b/package.json", "{\"name\":\"b\",\"version\":\"1.0.0\",\"dependencies\":{\"ms\":\"2.0.0\"}}");
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private void write(String rel, String text) throws Exception {
    Path p = cli.project.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void workspacesAreLinkedAndTheirDepsHoisted() throws Exception {
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(cli.project.resolve("node_modules/a")));
    assertEquals(Path.of("../packages/a"), Files.readSymbolicLink(cli.project.resolve("node_modules/a")));
    assertEquals("4.3.4", cli.versionAt("node_modules/debug"));
    assertEquals("2.1.3", cli.versionAt("node_modules/ms"));
    assertEquals("2.0.0", cli.versionAt("packages/b/node_modules/ms"));
    Map<String, Object> pk = Json.obj(cli.lock().get("packages"));
    assertEquals(Map.of("resolved", "packages/a", "link", true), pk.get("node_modules/a"));
    assertEquals("1.0.0", Json.obj(pk.get("packages/b")).get("version"));
    assertFalse(Json.obj(pk.get("packages/b")).containsKey("name"), "folder name already says it");
    assertTrue(pk.containsKey("packages/b/node_modules/ms"));
  }

  @Test
  void ciReinstallsWorkspacesFromTheLockfile() throws Exception {
    assertEquals(0, cli.run("install").code());
    String lock = cli.read("package-lock.json");
    org.node4j.pm.cache.ContentCache.deleteTree(cli.project.resolve("node_modules"));
    org.node4j.pm.cache.ContentCache.deleteTree(cli.project.resolve("packages/b/node_modules"));
    Cli.Run r = cli.run("ci");
    assertEquals(0, r.code(), r.err());
    assertEquals(lock, cli.read("package-lock.json"));
    assertEquals("2.0.0", cli.versionAt("packages/b/node_modules/ms"));
    assertTrue(Files.isSymbolicLink(cli.project.resolve("node_modules/b")));
  }

  @Test
  void lsShowsLinks() throws Exception {
    assertEquals(0, cli.run("install").code());
    Cli.Run r = cli.run("ls");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("├── a@1.0.0 -> ./packages/a"), r.out());
  }
}
