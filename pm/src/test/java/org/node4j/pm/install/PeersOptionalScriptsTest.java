package org.node4j.pm.install;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
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

/** npm 7+ peer dependencies, optional/platform filtering, lifecycle scripts and `run`. */
class PeersOptionalScriptsTest {
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

  private Map<String, Object> lockEntry(String loc) throws Exception {
    return Json.obj(Json.obj(cli.lock().get("packages")).get(loc));
  }

  @Test
  void peerDependenciesAreInstalledBesideTheDependent() throws Exception {
    reg.pkg("react", "18.2.0").publish();
    reg.pkg("react-dom", "18.2.0").peer("react", "^18.2.0").publish();
    cli.packageJson("{\"dependencies\":{\"react-dom\":\"^18\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals("18.2.0", cli.versionAt("node_modules/react"));
    assertEquals(Boolean.TRUE, lockEntry("node_modules/react").get("peer"));
  }

  @Test
  void conflictingPeerIsEresolve() throws Exception {
    reg.pkg("react", "17.0.2").publish();
    reg.pkg("react", "18.2.0").notLatest().publish();
    reg.pkg("react-dom", "18.2.0").peer("react", "^18.2.0").publish();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"react\":\"17\",\"react-dom\":\"18\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ERESOLVE"), r.err());
    assertTrue(r.err().contains("Found: react@17.0.2"), r.err());
    assertTrue(r.err().contains("peer react@\"^18.2.0\" from react-dom@18.2.0"), r.err());
    assertFalse(cli.exists("node_modules"));
  }

  @Test
  void legacyPeerDepsIgnoresPeers() throws Exception {
    reg.pkg("react", "17.0.2").publish();
    reg.pkg("react-dom", "18.2.0").peer("react", "^18.2.0").publish();
    cli.packageJson("{\"dependencies\":{\"react\":\"17\",\"react-dom\":\"18\"}}");
    Cli.Run r = cli.run("install", "--legacy-peer-deps");
    assertEquals(0, r.code(), r.err());
    assertEquals("17.0.2", cli.versionAt("node_modules/react"));
  }

  @Test
  void optionalPeerIsNotInstalled() throws Exception {
    reg.pkg("p", "1.0.0").publish();
    reg.pkg("lib", "1.0.0").peer("p", "^1").set("peerDependenciesMeta", Map.of("p", Map.of("optional", true))).publish();
    cli.packageJson("{\"dependencies\":{\"lib\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertFalse(cli.exists("node_modules/p"));
  }

  @Test
  void optionalDepsForOtherPlatformsAreLockedButNotInstalled() throws Exception {
    reg.pkg("native-other", "1.0.0").set("os", List.of("aix")).set("cpu", List.of("ppc64")).publish();
    reg.pkg("native-here", "1.0.0").publish();
    reg.pkg("tool", "1.0.0").optional("native-other", "1.0.0").optional("native-here", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"tool\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertFalse(cli.exists("node_modules/native-other"));
    assertTrue(cli.exists("node_modules/native-here"));
    Map<String, Object> e = lockEntry("node_modules/native-other");
    assertEquals(Boolean.TRUE, e.get("optional"));
    assertEquals(List.of("aix"), e.get("os"));
  }

  @Test
  void depsReachableOnlyThroughASkippedOptionalAreSkippedToo() throws Exception {
    // like @img/sharp-freebsd-wasm32 -> @img/sharp-wasm32 -> @emnapi/runtime under next/sharp
    reg.pkg("runtime", "1.0.0").publish();
    reg.pkg("wasm", "1.0.0").dep("runtime", "1").publish();
    reg.pkg("freebsd-wasm", "1.0.0").set("os", List.of("freebsd")).dep("wasm", "1").publish();
    reg.pkg("shared", "1.0.0").publish();
    reg.pkg("sharp", "1.0.0").optional("freebsd-wasm", "1").dep("shared", "1").publish();
    reg.pkg("other", "1.0.0").dep("shared", "1").publish();
    cli.packageJson("{\"dependencies\":{\"sharp\":\"1\",\"other\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertFalse(cli.exists("node_modules/freebsd-wasm"));
    assertFalse(cli.exists("node_modules/wasm"));
    assertFalse(cli.exists("node_modules/runtime"));
    assertTrue(cli.exists("node_modules/shared"));
    assertTrue(Json.obj(cli.lock().get("packages")).containsKey("node_modules/runtime"), "still locked");
  }

  @Test
  void missingOptionalDependencyIsSkipped() throws Exception {
    reg.pkg("tool", "1.0.0").optional("ghost", "^1").publish();
    cli.packageJson("{\"dependencies\":{\"tool\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("optional dependency"), r.err());
  }

  @Test
  void requiredDependencyForOtherPlatformIsEbadplatform() throws Exception {
    reg.pkg("native", "1.0.0").set("os", List.of("!" + Platform.current().os)).publish();
    cli.packageJson("{\"dependencies\":{\"native\":\"1\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EBADPLATFORM"), r.err());
  }

  @Test
  void omitDevSkipsDevOnlyPackages() throws Exception {
    reg.pkg("d", "1.0.0").publish();
    reg.pkg("p", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"p\":\"1\"},\"devDependencies\":{\"d\":\"1\"}}");
    assertEquals(0, cli.run("install", "--omit=dev").code());
    assertTrue(cli.exists("node_modules/p"));
    assertFalse(cli.exists("node_modules/d"));
    assertTrue(cli.lock().toString().contains("node_modules/d"), "the lockfile still records dev deps");
  }

  @Test
  void dependencyScriptsRunOnlyWhenTrusted() throws Exception {
    reg.pkg("trusted", "1.0.0").set("scripts", Map.of("postinstall", "echo ran > marker.txt")).publish();
    reg.pkg("untrusted", "1.0.0").set("scripts", Map.of("install", "echo ran > marker.txt")).publish();
    cli.packageJson("{\"dependencies\":{\"trusted\":\"1\",\"untrusted\":\"1\"},\"trustedDependencies\":[\"trusted\"]}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertTrue(cli.exists("node_modules/trusted/marker.txt"));
    assertFalse(cli.exists("node_modules/untrusted/marker.txt"));
    assertTrue(r.err().contains("skipped install scripts of untrusted@1.0.0"), r.err());
  }

  @Test
  void ignoreScriptsDisablesEvenTrustedAndOwn() throws Exception {
    reg.pkg("trusted", "1.0.0").set("scripts", Map.of("postinstall", "echo ran > marker.txt")).publish();
    cli.packageJson("{\"dependencies\":{\"trusted\":\"1\"},\"trustedDependencies\":[\"trusted\"],"
        + "\"scripts\":{\"postinstall\":\"echo own > own.txt\"}}");
    assertEquals(0, cli.run("install", "--ignore-scripts").code());
    assertFalse(cli.exists("node_modules/trusted/marker.txt"));
    assertFalse(cli.exists("own.txt"));
  }

  @Test
  void projectsOwnInstallScriptsAlwaysRun() throws Exception {
    cli.packageJson("{\"scripts\":{\"postinstall\":\"echo own > own.txt\",\"prepare\":\"echo p > prep.txt\"}}");
    assertEquals(0, cli.run("install").code());
    assertTrue(cli.exists("own.txt"));
    assertTrue(cli.exists("prep.txt"));
  }

  @Test
  void failingTrustedScriptRollsBackTheInstall() throws Exception {
    reg.pkg("ok", "1.0.0").publish();
    cli.packageJson("{\"dependencies\":{\"ok\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    String lock = cli.read("package-lock.json");
    reg.pkg("boom", "1.0.0").set("scripts", Map.of("install", "exit 3")).publish();
    cli.packageJson("{\"dependencies\":{\"ok\":\"1\",\"boom\":\"1\"},\"trustedDependencies\":[\"boom\"]}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("ELIFECYCLE"), r.err());
    assertEquals(lock, cli.read("package-lock.json"));
    assertFalse(cli.exists("node_modules/boom"));
    assertTrue(cli.exists("node_modules/ok"));
  }

  @Test
  void runWithPrePostArgsEnvAndBinPath() throws Exception {
    reg.pkg("tool", "1.0.0").set("bin", Map.of("mytool", "t.sh")).file("t.sh", "#!/bin/sh\necho tool:$1 > tool.txt\n")
        .publish();
    cli.packageJson("{\"name\":\"app\",\"version\":\"2.0.0\",\"dependencies\":{\"tool\":\"1\"},\"scripts\":{"
        + "\"prebuild\":\"echo pre > order.txt\","
        + "\"build\":\"echo main $npm_lifecycle_event $npm_package_name $npm_package_version >> order.txt && mytool\","
        + "\"postbuild\":\"echo post >> order.txt\"}}");
    assertEquals(0, cli.run("install").code());
    // like npm, extra args are appended (shell-quoted) to the script's command line
    Cli.Run r = cli.run("run", "build", "--", "two words");
    assertEquals(0, r.code(), r.err());
    assertEquals("pre\nmain build app 2.0.0\npost\n", cli.read("order.txt"));
    assertEquals("tool:two words\n", cli.read("tool.txt"));
  }

  @Test
  void runMissingScriptFails() throws Exception {
    cli.packageJson("{\"scripts\":{}}");
    Cli.Run r = cli.run("run", "nope");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Missing script: \"nope\""), r.err());
  }

  @Test
  void failingScriptExitsNonZero() throws Exception {
    cli.packageJson("{\"scripts\":{\"test\":\"exit 4\"}}");
    Cli.Run r = cli.run("test");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("code 4"), r.err());
  }

  @Test
  void execRunsLocalBin() throws Exception {
    reg.pkg("tool", "1.0.0").set("bin", Map.of("mytool", "t.sh")).file("t.sh", "#!/bin/sh\necho $1 > exec.txt\n")
        .publish();
    cli.packageJson("{\"dependencies\":{\"tool\":\"1\"}}");
    assertEquals(0, cli.run("install").code());
    assertEquals(0, cli.run("exec", "mytool", "--", "hello").code());
    assertEquals("hello\n", cli.read("exec.txt"));
  }
}
