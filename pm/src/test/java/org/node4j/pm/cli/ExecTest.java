package org.node4j.pm.cli;

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

/** npm exec / npx of packages that are not installed: installed into {cache}/_npx and run. */
class ExecTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("tool", "1.0.0").set("bin", Map.of("mytool", "t.sh")).file("t.sh", "#!/bin/sh\necho v1 $1 > exec.txt\n")
        .publish();
    reg.pkg("tool", "2.0.0").set("bin", Map.of("mytool", "t.sh")).file("t.sh", "#!/bin/sh\necho v2 $1 > exec.txt\n")
        .publish();
    reg.pkg("multi", "1.0.0").set("bin", Map.of("one", "a.sh", "two", "b.sh")).file("a.sh", "").file("b.sh", "").publish();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\"}");
  }

  @AfterEach
  void tearDown() { reg.close(); }

  @Test
  void missingPackageIsInstalledIntoTheCacheAndItsBinRun() throws Exception {
    Cli.Run r = cli.run("exec", "tool", "--", "hi");
    assertEquals(0, r.code(), r.err());
    assertEquals("v2 hi\n", cli.read("exec.txt"));
    assertTrue(r.err().contains("will be installed: tool"), r.err());
    assertFalse(cli.exists("node_modules"), "the project is left alone");
    assertEquals("{\"name\":\"app\",\"version\":\"1.0.0\"}", cli.read("package.json"));
    assertTrue(Files.isDirectory(tmp.resolve("cache/_npx")));
  }

  @Test
  void secondRunReusesTheCachedInstall() throws Exception {
    assertEquals(0, cli.run("x", "tool@1.0.0", "--", "a").code());
    int requests = reg.requests.size();
    Cli.Run r = cli.run("x", "tool@1.0.0", "--", "b");
    assertEquals(0, r.code(), r.err());
    assertEquals("v1 b\n", cli.read("exec.txt"));
    assertEquals(requests, reg.requests.size(), "nothing fetched the second time");
  }

  @Test
  void packageFlagNamesThePackageAndTheFirstWordTheCommand() throws Exception {
    Cli.Run r = cli.run("exec", "--package=tool@1.0.0", "mytool", "--", "p");
    assertEquals(0, r.code(), r.err());
    assertEquals("v1 p\n", cli.read("exec.txt"));
  }

  @Test
  void packageWithSeveralBinsAndNoneNamedLikeItIsAnError() {
    Cli.Run r = cli.run("exec", "multi");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("could not determine executable to run"), r.err());
  }

  @Test
  void yesFalseCancelsInsteadOfInstalling() {
    cli.env.put("npm_config_yes", "false");
    Cli.Run r = cli.run("exec", "tool");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ECANCELED"), r.err());
  }

  @Test
  void unknownPackageIsE404() {
    Cli.Run r = cli.run("exec", "nope-not-here");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code E404"), r.err());
  }
}
