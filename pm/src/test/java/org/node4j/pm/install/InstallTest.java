package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** End-to-end installs against the loopback registry: layout, lockfile, ci, bins, saving. */
class InstallTest {
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

  private void conflictFixture() {
    reg.pkg("c", "1.0.0").publish();
    reg.pkg("c", "2.0.0").publish();
    reg.pkg("a", "1.0.0").dep("c", "^1.0.0").publish();
    reg.pkg("b", "1.0.0").dep("c", "^2.0.0").publish();
  }

  @Test
  void hoistsFirstVersionAndNestsTheConflict() throws Exception {
    conflictFixture();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"^1.0.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("1.0.0", cli.versionAt("node_modules/a"));
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertEquals("2.0.0", cli.versionAt("node_modules/b/node_modules/c"));
    assertNull(cli.versionAt("node_modules/a/node_modules/c"));
    assertTrue(r.out().contains("added 4 packages"), r.out());
  }

  @Test
  void rootDependencyTakesTheTopSlot() throws Exception {
    conflictFixture();
    cli.packageJson("{\"dependencies\":{\"a\":\"1.0.0\",\"c\":\"^2.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("2.0.0", cli.versionAt("node_modules/c"));
    assertEquals("1.0.0", cli.versionAt("node_modules/a/node_modules/c"));
  }

  @Test
  void latestTagWinsWhenItSatisfies() throws Exception {
    reg.pkg("x", "1.5.0").notLatest().publish();
    reg.pkg("x", "1.2.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("1.2.0", cli.versionAt("node_modules/x"));
  }

  @Test
  void highestSatisfyingWhenLatestDoesNot() throws Exception {
    reg.pkg("x", "1.5.0").notLatest().publish();
    reg.pkg("x", "1.4.0").notLatest().publish();
    reg.pkg("x", "2.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"~1.4.0 || 1.5.x\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals("1.5.0", cli.versionAt("node_modules/x"));
  }

  @Test
  void lockfileIsNpmFormat() throws Exception {
    reg.pkg("dep", "1.0.0").set("license", "MIT").set("bin", "cli.js").exec("cli.js", "#!/bin/sh\n").publish();
    reg.pkg("tool", "2.0.0").set("engines", Map.of("node", ">=18")).publish();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"dep\":\"^1.0.0\"},"
        + "\"devDependencies\":{\"tool\":\"^2.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    String integDep = (String) Json.obj(Json.obj(cli.lock().get("packages")).get("node_modules/dep")).get("integrity");
    String integTool = (String) Json.obj(Json.obj(cli.lock().get("packages")).get("node_modules/tool")).get("integrity");
    String want = "{\n"
        + "  \"name\": \"app\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n"
        + "  \"packages\": {\n"
        + "    \"\": {\n      \"name\": \"app\",\n      \"version\": \"1.0.0\",\n"
        + "      \"dependencies\": {\n        \"dep\": \"^1.0.0\"\n      },\n"
        + "      \"devDependencies\": {\n        \"tool\": \"^2.0.0\"\n      }\n    },\n"
        + "    \"node_modules/dep\": {\n      \"version\": \"1.0.0\",\n"
        + "      \"resolved\": \"" + reg.url() + "dep/-/dep-1.0.0.tgz\",\n"
        + "      \"integrity\": \"" + integDep + "\",\n      \"license\": \"MIT\",\n"
        + "      \"bin\": {\n        \"dep\": \"cli.js\"\n      }\n    },\n"
        + "    \"node_modules/tool\": {\n      \"version\": \"2.0.0\",\n"
        + "      \"resolved\": \"" + reg.url() + "tool/-/tool-2.0.0.tgz\",\n"
        + "      \"integrity\": \"" + integTool + "\",\n      \"dev\": true,\n"
        + "      \"engines\": {\n        \"node\": \">=18\"\n      }\n    }\n  }\n}\n";
    assertEquals(want, cli.read("package-lock.json"));
  }

  @Test
  void binLinksAreRelativeAndExecutable() throws Exception {
    reg.pkg("dep", "1.0.0").set("bin", Map.of("hello", "./bin/hello.js")).file("bin/hello.js", "#!/bin/sh\necho hi\n")
        .publish();
    cli.packageJson("{\"dependencies\":{\"dep\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    Path link = cli.project.resolve("node_modules/.bin/hello");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("../dep/bin/hello.js"), Files.readSymbolicLink(link));
    assertTrue(Files.getPosixFilePermissions(cli.project.resolve("node_modules/dep/bin/hello.js"))
        .contains(PosixFilePermission.OWNER_EXECUTE));
  }

  @Test
  void addSavesCaretRangeAndDevExact() throws Exception {
    reg.pkg("x", "3.1.4").publish();
    reg.pkg("y", "0.2.0").publish();
    cli.packageJson("{\"name\":\"app\"}");
    assertEquals(0, cli.run("add", "x").code());
    assertEquals(0, cli.run("install", "-D", "-E", "y").code());
    Map<String, Object> pkg = Json.parseObject(cli.read("package.json"));
    assertEquals(Map.of("x", "^3.1.4"), pkg.get("dependencies"));
    assertEquals(Map.of("y", "0.2.0"), pkg.get("devDependencies"));
    assertEquals(Boolean.TRUE, Json.obj(Json.obj(cli.lock().get("packages")).get("node_modules/y")).get("dev"));
  }

  @Test
  void explicitInstallReplacesTheLockedVersion() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    reg.pkg("x", "2.0.0").notLatest().publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals(0, cli.run("install", "x@2").code());
    assertEquals("2.0.0", cli.versionAt("node_modules/x"));
    assertEquals("2", Json.obj(Json.parseObject(cli.read("package.json")).get("dependencies")).get("x"));
  }

  @Test
  void removePrunesTransitiveDeps() throws Exception {
    conflictFixture();
    cli.packageJson("{\"dependencies\":{\"a\":\"1\",\"b\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals(0, cli.run("uninstall", "b").code());
    assertFalse(cli.exists("node_modules/b"));
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertFalse(Json.obj(cli.lock().get("packages")).containsKey("node_modules/b/node_modules/c"));
  }

  @Test
  void ciInstallsExactlyTheLockfile() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    String lock = cli.read("package-lock.json");
    reg.pkg("x", "1.1.0").publish(); // newer, but ci must not move
    Cli.Run r = cli.run("ci");
    assertEquals(0, r.code(), r.err());
    assertEquals("1.0.0", cli.versionAt("node_modules/x"));
    assertEquals(lock, cli.read("package-lock.json"));
  }

  @Test
  void ciFailsWhenPackageJsonAndLockDisagree() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    reg.pkg("y", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    cli.packageJson("{\"dependencies\":{\"x\":\"^2.0.0\",\"y\":\"1\"}}");
    Cli.Run r = cli.run("ci");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EUSAGE"), r.err());
    assertTrue(r.err().contains("Missing: y@1 from lock file"), r.err());
    assertTrue(r.err().contains("Invalid: lock file's x@1.0.0 does not satisfy x@^2.0.0"), r.err());
  }

  @Test
  void ciWithoutLockfileFails() throws Exception {
    cli.packageJson("{}");
    Cli.Run r = cli.run("ci");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("can only install with an existing package-lock.json"), r.err());
  }

  @Test
  void acceptsNpmLockWithoutResolved() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^1.0.0\"}}");
    cli.env.put("npm_config_omit_lockfile_registry_resolved", "true");
    assertEquals(0, cli.run("install").code());
    assertFalse(cli.read("package-lock.json").contains("\"resolved\""));
    cli.env.put("npm_config_cache", tmp.resolve("cache2").toString()); // cold cache: must fetch by URL
    assertEquals(0, cli.run("ci").code());
    assertEquals("1.0.0", cli.versionAt("node_modules/x"));
  }

  @Test
  void secondInstallIsUpToDateWithoutNetwork() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    int before = reg.requests.size();
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("up to date"), r.out());
    assertEquals(before, reg.requests.size());
  }

  @Test
  void packumentsAskForTheAbbreviatedForm() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    String[] first = reg.requests.stream().filter(r -> r[0].equals("/x")).findFirst().orElseThrow();
    assertTrue(first[1].startsWith("application/vnd.npm.install-v1+json"), first[1]);
  }

  @Test
  void scopedPackagesAndAliases() throws Exception {
    reg.pkg("@s/real", "1.2.0").publish();
    cli.packageJson("{\"dependencies\":{\"@s/real\":\"^1\",\"nick\":\"npm:@s/real@1.2.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("1.2.0", cli.versionAt("node_modules/@s/real"));
    assertEquals("1.2.0", cli.versionAt("node_modules/nick"));
    assertEquals("@s/real", Json.obj(Json.obj(cli.lock().get("packages")).get("node_modules/nick")).get("name"));
  }

  @Test
  void fileDependenciesDirectoryAndTarball() throws Exception {
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    Files.writeString(lib.resolve("package.json"), "{\"name\":\"lib\",\"version\":\"0.1.0\"}");
    Files.write(tmp.resolve("t.tgz"), reg.pkg("tball", "3.0.0").file("i.js", "1").tarball());
    cli.packageJson("{\"dependencies\":{\"lib\":\"file:../lib\",\"tball\":\"file:../t.tgz\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isSymbolicLink(cli.project.resolve("node_modules/lib")));
    assertEquals("0.1.0", cli.versionAt("node_modules/lib"));
    assertEquals("3.0.0", cli.versionAt("node_modules/tball"));
    assertEquals("1", cli.read("node_modules/tball/i.js"));
  }

  @Test
  void authTokenIsSentToTheRegistry() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    String host = reg.url().replace("http:", "");
    Files.writeString(cli.project.resolve(".npmrc"), host + ":_authToken=t0ken\n");
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertTrue(reg.requests.stream().allMatch(r -> "Bearer t0ken".equals(r[2])));
  }
}
