package org.node4j.pm.git;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/**
 * Git dependencies against repositories the test makes with the git command: git+file URLs,
 * and GitHub shortcuts redirected to local folders with git's own url.insteadOf (set through
 * GIT_CONFIG_* in the environment npm4j passes to git), so no test touches the network.
 */
class GitDependenciesTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;
  Path repos;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    repos = Files.createDirectories(tmp.resolve("repos"));
    reg.pkg("leftpad", "1.0.0").file("index.js", "module.exports = 'lp'").publish();
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private static String git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "-c",
        "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", cmd) + "\n" + out);
    return out.strip();
  }

  /** A repository holding one package; returns its folder. */
  private Path repo(String name, String version, String... extraFiles) throws Exception {
    Path r = Files.createDirectories(repos.resolve(name));
    git(r, "init", "-q");
    commit(r, name, version, extraFiles);
    return r;
  }

  private String commit(Path r, String name, String version, String... extraFiles) throws Exception {
    Files.writeString(r.resolve("package.json"), "{\"name\":\"" + name + "\",\"version\":\"" + version + "\"}\n");
    Files.writeString(r.resolve("index.js"), "module.exports = '" + name + "@" + version + "';\n");
    for (int i = 0; i + 1 < extraFiles.length; i += 2) Files.writeString(r.resolve(extraFiles[i]), extraFiles[i + 1]);
    git(r, "add", "-A");
    git(r, "commit", "-q", "-m", version);
    return git(r, "rev-parse", "HEAD");
  }

  private static String fileUrl(Path r) { return "git+file://" + r; }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lockEntry(String path) throws IOException {
    return (Map<String, Object>) Json.obj(cli.lock().get("packages")).get(path);
  }

  @Test
  void gitFileUrlInstallsTheDefaultBranchAndLocksTheCommit() throws Exception {
    Path r = repo("gitdep", "1.0.0");
    String sha = git(r, "rev-parse", "HEAD");
    cli.packageJson("{\"dependencies\":{\"gitdep\":\"" + fileUrl(r) + "\",\"leftpad\":\"1\"}}");
    Cli.Run run = cli.run("install");
    assertEquals(0, run.code(), run.err());
    assertEquals("module.exports = 'gitdep@1.0.0';\n", cli.read("node_modules/gitdep/index.js"));
    Map<String, Object> e = lockEntry("node_modules/gitdep");
    assertEquals(fileUrl(r) + "#" + sha, e.get("resolved"));
    assertEquals("1.0.0", e.get("version"));
    assertNull(e.get("integrity"), "npm writes no integrity for git dependencies");
    assertFalse(cli.exists("node_modules/gitdep/.git"));
    Cli.Run ls = cli.run("ls");
    assertEquals(0, ls.code(), ls.out() + ls.err());
  }

  @Test
  void semverCommittishPicksTheHighestMatchingTag() throws Exception {
    Path r = repo("ranged", "1.0.0");
    git(r, "tag", "v1.0.0");
    commit(r, "ranged", "1.2.0");
    git(r, "tag", "-a", "v1.2.0", "-m", "annotated");
    commit(r, "ranged", "2.0.0");
    git(r, "tag", "v2.0.0");
    commit(r, "ranged", "2.1.0-dev");
    cli.packageJson("{\"dependencies\":{\"ranged\":\"" + fileUrl(r) + "#semver:^1\"}}");
    Cli.Run run = cli.run("install");
    assertEquals(0, run.code(), run.err());
    assertEquals("1.2.0", cli.versionAt("node_modules/ranged"));
    String tagged = git(r, "rev-parse", "v1.2.0^{commit}");
    assertEquals(fileUrl(r) + "#" + tagged, lockEntry("node_modules/ranged").get("resolved"),
        "an annotated tag resolves to its commit, not the tag object");
  }

  @Test
  void branchTagAndShaCommittishes() throws Exception {
    Path r = repo("refs", "1.0.0");
    String first = git(r, "rev-parse", "HEAD");
    git(r, "tag", "v1.0.0");
    git(r, "checkout", "-q", "-b", "feature");
    commit(r, "refs", "1.5.0-feature");
    git(r, "checkout", "-q", "main");
    commit(r, "refs", "2.0.0");
    cli.packageJson("{\"dependencies\":{\"a\":\"" + fileUrl(r) + "#feature\",\"b\":\"" + fileUrl(r)
        + "#v1.0.0\",\"c\":\"" + fileUrl(r) + "#" + first.substring(0, 10) + "\",\"d\":\"" + fileUrl(r) + "\"}}");
    Cli.Run run = cli.run("install");
    assertEquals(0, run.code(), run.err());
    assertEquals("1.5.0-feature", cli.versionAt("node_modules/a"));
    assertEquals("1.0.0", cli.versionAt("node_modules/b"));
    assertEquals("1.0.0", cli.versionAt("node_modules/c"));
    assertEquals(fileUrl(r) + "#" + first, lockEntry("node_modules/c").get("resolved"));
    assertEquals("2.0.0", cli.versionAt("node_modules/d"));
  }

  /** git's url.<base>.insteadOf through the environment: github.com becomes a local folder. */
  private void redirectGithub() {
    cli.env.put("GIT_CONFIG_COUNT", "1");
    cli.env.put("GIT_CONFIG_KEY_0", "url.file://" + repos + "/.insteadOf");
    cli.env.put("GIT_CONFIG_VALUE_0", "https://github.com/me/");
  }

  @Test
  void githubShortcutIsSavedExplicitlyAndLockedAsNpmDoes() throws Exception {
    Path r = repo("tool.git", "3.1.0");
    String sha = git(r, "rev-parse", "HEAD");
    redirectGithub();
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\"}");
    Cli.Run run = cli.run("install", "me/tool");
    assertEquals(0, run.code(), run.err());
    Map<String, Object> pkg = Json.parseObject(cli.read("package.json"));
    assertEquals("github:me/tool", Json.obj(pkg.get("dependencies")).get("tool.git"),
        "saved under the package's folder name with npm's explicit github: form");
    assertEquals("git+ssh://git@github.com/me/tool.git#" + sha, lockEntry("node_modules/tool.git").get("resolved"));
    assertEquals("3.1.0", cli.versionAt("node_modules/tool.git"));
  }

  @Test
  void lockedCommitWinsOverNewCommitsAndCiAndOfflineUseTheCache() throws Exception {
    Path r = repo("locked", "1.0.0");
    cli.packageJson("{\"dependencies\":{\"locked\":\"" + fileUrl(r) + "\"}}");
    assertEquals(0, cli.run("install").code());
    commit(r, "locked", "9.0.0");
    Cli.Run ci = cli.run("ci");
    assertEquals(0, ci.code(), ci.err());
    assertEquals("1.0.0", cli.versionAt("node_modules/locked"), "ci installs the locked commit");
    // the packed commit is cached: with the repository gone, an offline install still works
    org.node4j.pm.cache.ContentCache.deleteTree(r);
    org.node4j.pm.cache.ContentCache.deleteTree(cli.project.resolve("node_modules"));
    Cli.Run off = cli.run("install", "--offline");
    assertEquals(0, off.code(), off.err());
    assertEquals("module.exports = 'locked@1.0.0';\n", cli.read("node_modules/locked/index.js"));
  }

  @Test
  void filesFieldAndIgnoreRulesApplyAsToAPackedPackage() throws Exception {
    Path r = Files.createDirectories(repos.resolve("packed"));
    git(r, "init", "-q");
    Files.writeString(r.resolve("package.json"), "{\"name\":\"packed\",\"version\":\"1.0.0\",\"files\":[\"lib\"]}\n");
    Files.createDirectories(r.resolve("lib"));
    Files.writeString(r.resolve("lib/x.js"), "x");
    Files.writeString(r.resolve("secret.txt"), "s");
    Files.writeString(r.resolve("README.md"), "# r");
    git(r, "add", "-A");
    git(r, "commit", "-q", "-m", "c");
    cli.packageJson("{\"dependencies\":{\"packed\":\"" + fileUrl(r) + "\"}}");
    assertEquals(0, cli.run("install").code());
    assertTrue(cli.exists("node_modules/packed/lib/x.js"));
    assertTrue(cli.exists("node_modules/packed/README.md"), "always-included files are kept");
    assertFalse(cli.exists("node_modules/packed/secret.txt"), "files outside `files` are left out");
  }

  @Test
  void prepareRunsOnlyForTrustedPackages() throws Exception {
    String pj = "{\"name\":\"prep\",\"version\":\"1.0.0\",\"scripts\":{\"prepare\":\"echo built > built.txt\"}}\n";
    Path r = Files.createDirectories(repos.resolve("prep"));
    git(r, "init", "-q");
    Files.writeString(r.resolve("package.json"), pj);
    git(r, "add", "-A");
    git(r, "commit", "-q", "-m", "c");
    cli.packageJson("{\"dependencies\":{\"prep\":\"" + fileUrl(r) + "\"}}");
    Cli.Run untrusted = cli.run("install");
    assertEquals(0, untrusted.code(), untrusted.err());
    assertTrue(untrusted.err().contains("prepare script that was not run (not in trustedDependencies)"), untrusted.err());
    assertFalse(cli.exists("node_modules/prep/built.txt"));

    Cli trusting = new Cli(tmp.resolve("second"), reg);
    trusting.packageJson("{\"dependencies\":{\"prep\":\"" + fileUrl(r) + "\"},\"trustedDependencies\":[\"prep\"]}");
    Cli.Run trusted = trusting.run("install");
    assertEquals(0, trusted.code(), trusted.err());
    assertEquals("built\n", trusting.read("node_modules/prep/built.txt"));
  }

  @Test
  void unknownRefAndMissingRepositoryFailClearly() throws Exception {
    Path r = repo("known", "1.0.0");
    cli.packageJson("{\"dependencies\":{\"known\":\"" + fileUrl(r) + "#no-such-branch\"}}");
    Cli.Run ref = cli.run("install");
    assertEquals(1, ref.code());
    assertTrue(ref.err().contains("npm error code ETARGET"), ref.err());
    assertTrue(ref.err().contains("no-such-branch"), ref.err());
    assertFalse(cli.exists("node_modules"), "nothing is installed after a failed resolve");

    cli.packageJson("{\"dependencies\":{\"gone\":\"" + fileUrl(repos.resolve("nope")) + "\"}}");
    Cli.Run gone = cli.run("install");
    assertEquals(1, gone.code());
    assertTrue(gone.err().contains("npm error code 128"), gone.err());
    assertTrue(gone.err().contains("An unknown git error occurred"), gone.err());
    assertTrue(gone.err().contains("ls-remote"), "the failing git command is shown: " + gone.err());
  }

  @Test
  void specsAreClassifiedAsNpmPackageArgDoes() {
    GitSpec gh = GitSpec.parse("github:me/tool#v1");
    assertEquals(List.of("https://github.com/me/tool.git", "git@github.com:me/tool.git"), gh.cloneUrls());
    assertEquals("git+ssh://git@github.com/me/tool.git", gh.resolvedBase());
    assertEquals("v1", gh.committish());
    assertEquals(gh.identity(), GitSpec.parse("me/tool").identity());
    assertEquals(gh.identity(), GitSpec.parse("git+https://github.com/me/tool.git").identity());
    assertEquals("gitlab.com/g/p", GitSpec.parse("gitlab:g/p").identity());
    assertEquals("^2", GitSpec.parse("bitbucket:a/b#semver:^2").semverRange());
    GitSpec scp = GitSpec.parse("git+ssh://git@example.com:team/repo.git#abc1234");
    assertEquals(List.of("git@example.com:team/repo.git"), scp.cloneUrls());
    assertTrue(scp.committishIsSha());
    assertTrue(gh.satisfiedBy("git+ssh://git@github.com/me/tool.git#" + "a".repeat(40), "1.0.0"));
    assertFalse(gh.satisfiedBy("git+ssh://git@github.com/me/other.git#" + "a".repeat(40), "1.0.0"));
    assertTrue(GitSpec.looksLikeGit("me/tool"));
    assertFalse(GitSpec.looksLikeGit("@scope/pkg"));
    assertFalse(GitSpec.looksLikeGit("^1.2.3"));
  }
}
