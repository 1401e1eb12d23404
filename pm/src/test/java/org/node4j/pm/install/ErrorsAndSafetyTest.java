package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.tar.TarWriter;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** Every user-facing failure: its npm error code, its message, and that nothing was damaged. */
class ErrorsAndSafetyTest {
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

  /** Installs x@1 so there is a previous node_modules and lockfile to protect. */
  private String installed() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"1.0.0\"}}");
    assertEquals(0, cli.run("install").code());
    return cli.read("package-lock.json");
  }

  private void assertUntouched(String lock) throws Exception {
    assertEquals(lock, cli.read("package-lock.json"));
    assertEquals("1.0.0", cli.versionAt("node_modules/x"));
    assertFalse(cli.exists("node_modules/bad"));
    assertFalse(cli.exists(Reifier.STAGING));
    assertFalse(cli.exists(Reifier.OLD));
  }

  @Test
  void e404NamesThePackage() throws Exception {
    cli.packageJson("{\"dependencies\":{\"no-such-pkg\":\"^1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code E404"), r.err());
    assertTrue(r.err().contains("404 Not Found - GET " + reg.url() + "no-such-pkg"), r.err());
    assertTrue(r.err().contains("'no-such-pkg@*' is not in this registry"), r.err());
  }

  @Test
  void etargetWhenNoVersionMatches() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"^5.0.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ETARGET"), r.err());
    assertTrue(r.err().contains("No matching version found for x@^5.0.0."), r.err());
  }

  @Test
  void etargetForUnknownDistTag() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"beta\"}}");
    assertTrue(cli.run("install").err().contains("No matching version found for x@beta."));
  }

  @Test
  void integrityMismatchFailsAndKeepsPreviousInstall() throws Exception {
    String lock = installed();
    reg.pkg("bad", "1.0.0").publish();
    reg.replaceTarball("bad", "1.0.0", new TarWriter().file("package/package.json", "{\"evil\":1}").toTgz());
    Cli.Run r = cli.run("install", "bad");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EINTEGRITY"), r.err());
    assertTrue(r.err().contains("bad@1.0.0"), r.err());
    assertUntouched(lock);
    assertEquals("{\"dependencies\":{\"x\":\"1.0.0\"}}", cli.read("package.json"));
  }

  @Test
  void pathEscapeInTarballFailsAndNothingIsWrittenOutside() throws Exception {
    String lock = installed();
    reg.pkg("bad", "1.0.0").publish();
    byte[] evil = new TarWriter().file("package/package.json", "{\"name\":\"bad\",\"version\":\"1.0.0\"}")
        .file("package/../../../pwned.txt", "x").toTgz();
    reg.replaceTarball("bad", "1.0.0", evil);
    // the packument's integrity must match, otherwise EINTEGRITY would hide the tar check
    reg.pkg("bad", "1.0.1").publish();
    Cli.Run r = cli.run("install", "bad@1.0.0", "--no-save-exact");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("EINTEGRITY") || r.err().contains("EBADTAR"), r.err());
    assertFalse(Files.exists(tmp.resolve("pwned.txt")));
    assertUntouched(lock);
  }

  @Test
  void tarEscapeWithMatchingIntegrityIsEbadtar() throws Exception {
    String lock = installed();
    byte[] evil = new TarWriter().file("package/package.json", "{\"name\":\"bad\",\"version\":\"1.0.0\"}")
        .symlink("package/node_modules", "../../../").toTgz();
    Files.write(tmp.resolve("bad.tgz"), evil);
    Cli.Run r = cli.run("install", "file:../bad.tgz");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EBADTAR"), r.err());
    assertUntouched(lock);
  }

  @Test
  void failedDownloadMidInstallKeepsPreviousTree() throws Exception {
    String lock = installed();
    reg.pkg("bad", "1.0.0").publish();
    reg.fail(TestRegistry.tarballPath("bad", "1.0.0"), 500, 100);
    Cli.Run r = cli.run("install", "bad");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("E500"), r.err());
    assertUntouched(lock);
  }

  @Test
  void transientErrorsAreRetried() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    reg.fail("/x", 503, 2);
    reg.fail(TestRegistry.tarballPath("x", "1.0.0"), 500, 1);
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals(3, reg.requests.stream().filter(q -> q[0].equals("/x")).count(), "packument: 2 failures, then ok");
    assertEquals(2, reg.count("/x/-/"), "tarball: 1 failure, then ok");
  }

  @Test
  void networkErrorNamesTheUrl() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    cli.env.put("npm_config_registry", "http://127.0.0.1:" + port + "/");
    cli.env.put("npm_config_fetch_retries", "0");
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ECONNREFUSED"), r.err());
    assertTrue(r.err().contains("request to http://127.0.0.1:" + port + "/x failed"), r.err());
  }

  @Test
  void interruptedSwapIsRecoveredOnNextRun() throws Exception {
    installed();
    Path nm = cli.project.resolve("node_modules");
    // crash between the two renames: node_modules gone, old tree parked, staging half-built
    Files.move(nm, cli.project.resolve(Reifier.OLD));
    Files.createDirectories(cli.project.resolve(Reifier.STAGING).resolve("junk"));
    Reifier.recover(cli.project);
    assertEquals("1.0.0", cli.versionAt("node_modules/x"));
    assertFalse(cli.exists(Reifier.STAGING));
    assertFalse(cli.exists(Reifier.OLD));
  }

  @Test
  void offlineWithoutCacheIsEnotcached() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    Cli.Run r = cli.run("install", "--offline");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ENOTCACHED"), r.err());
    assertEquals(0, reg.requests.size());
  }

  @Test
  void offlineInstallFromWarmCache() throws Exception {
    reg.pkg("x", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    Files.delete(cli.project.resolve("package-lock.json"));
    org.node4j.pm.cache.ContentCache.deleteTree(cli.project.resolve("node_modules"));
    int before = reg.requests.size();
    Cli.Run r = cli.run("install", "--offline");
    assertEquals(0, r.code(), r.err());
    assertEquals("1.0.0", cli.versionAt("node_modules/x"));
    assertEquals(before, reg.requests.size());
  }

  @Test
  void unauthorizedIsE401() throws Exception {
    reg.fail("/x", 401, 10);
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertTrue(r.err().contains("npm error code E401"), r.err());
  }

  @Test
  void gistDependenciesAreReportedAsUnsupported() throws Exception {
    cli.packageJson("{\"dependencies\":{\"g\":\"gist:11081aaa281\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("EUNSUPPORTEDPROTOCOL"), r.err());
  }

  @Test
  void badPackageJsonIsEjsonparse() throws Exception {
    cli.packageJson("{\"dependencies\": ");
    assertTrue(cli.run("install").err().contains("npm error code EJSONPARSE"));
  }

  @Test
  void missingPackageJsonIsEnoent() {
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ENOENT"), r.err());
  }

  @Test
  void unknownCommand() {
    Cli.Run r = cli.run("frobnicate");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Unknown command: \"frobnicate\""), r.err());
  }
}
