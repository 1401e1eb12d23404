package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** The remaining npm error codes, each as the user sees it (code line, message, exit 1). */
class MoreErrorsTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    cli.env.put("npm_config_fetch_retries", "0");
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private Cli.Run fails(String code, String... args) {
    Cli.Run r = cli.run(args);
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("npm error code " + code + "\n"), r.err());
    return r;
  }

  @Test
  void silentServerIsEtimedoutWithTheUrl() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      cli.env.put("npm_config_registry", "http://127.0.0.1:" + s.getLocalPort() + "/");
      cli.env.put("npm_config_fetch_timeout", "300");
      cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
      Cli.Run r = fails("ETIMEDOUT", "install");
      assertTrue(r.err().contains("request to http://127.0.0.1:" + s.getLocalPort() + "/x failed"), r.err());
    }
  }

  @Test
  void unknownHostIsEnotfound() throws Exception {
    cli.env.put("npm_config_registry", "http://no-such-registry.invalid/");
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    Cli.Run r = fails("ENOTFOUND", "install");
    assertTrue(r.err().contains("request to http://no-such-registry.invalid/x failed"), r.err());
  }

  @Test
  void persistentServerErrorIsE500AfterRetries() throws Exception {
    cli.env.put("npm_config_fetch_retries", "1");
    reg.pkg("x", "1.0.0").publish();
    reg.fail("/x", 500, 5);
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    Cli.Run r = fails("E500", "install");
    assertTrue(r.err().contains("500 Internal Server Error - GET " + reg.url() + "x"), r.err());
    assertEquals(2, reg.count("/x"), "one retry");
  }

  @Test
  void invalidPackageNameOnTheCommandLine() throws Exception {
    cli.packageJson("{}");
    fails("EINVALIDPACKAGENAME", "install", "Bad Name");
  }

  @Test
  void packumentWithoutVersionsIsEnoversions() throws Exception {
    reg.pkg("gone", "1.0.0").publish();
    reg.unpublishAll("gone");
    cli.packageJson("{\"dependencies\":{\"gone\":\"^1.0.0\"}}");
    fails("ENOVERSIONS", "install");
  }

  @Test
  void oldLockfileWithoutPackagesIsElockversion() throws Exception {
    cli.packageJson("{\"dependencies\":{\"x\":\"1\"}}");
    java.nio.file.Files.writeString(cli.project.resolve("package-lock.json"),
        "{\"name\":\"p\",\"lockfileVersion\":1,\"dependencies\":{}}");
    fails("ELOCKVERSION", "install");
  }

  @Test
  void unknownCommandIsEunknowncommand() {
    Cli.Run r = fails("EUNKNOWNCOMMAND", "frobnicate");
    assertTrue(r.err().contains("Unknown command: \"frobnicate\""), r.err());
  }

  @Test
  void oneBadTarballAmongManyLeavesNothingBehind() throws Exception {
    // many packages, one of them missing its tarball: nothing of the new tree appears
    StringBuilder deps = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      reg.pkg("p" + i, "1.0.0").file("index.js", "x").publish();
      deps.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"1\"");
    }
    reg.replaceTarball("p13", "1.0.0", new byte[] {1, 2, 3});
    cli.packageJson("{\"dependencies\":{" + deps + "}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EINTEGRITY"), r.err());
    assertFalse(cli.exists("node_modules"));
    assertFalse(cli.exists("package-lock.json"));
    assertFalse(cli.exists(Reifier.STAGING));
  }
}
