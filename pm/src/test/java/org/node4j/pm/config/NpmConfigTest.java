package org.node4j.pm.config;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.PmException;

class NpmConfigTest {
  @TempDir Path tmp;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", tmp.resolve("home").toString());
    env.put("NPM4J_NPM_DIR", tmp.resolve("none").toString());
    env.put("npm_config_globalconfig", tmp.resolve("global-npmrc").toString());
    return env;
  }

  @Test
  void layersCliThenEnvThenProjectThenUserThenGlobal() throws Exception {
    Files.createDirectories(tmp.resolve("home"));
    Files.createDirectories(tmp.resolve("proj"));
    Files.writeString(tmp.resolve("global-npmrc"), "a=global\nb=global\nc=global\nd=global\n");
    Files.writeString(tmp.resolve("home/.npmrc"), "a=user\nb=user\nc=user\n");
    Files.writeString(tmp.resolve("proj/.npmrc"), "a=project\nb=project\n");
    Map<String, String> env = env();
    env.put("npm_config_a", "env");
    NpmConfig c = NpmConfig.load(tmp.resolve("proj"), Map.of("x", "cli"), env);
    assertEquals("env", c.get("a"));
    assertEquals("project", c.get("b"));
    assertEquals("user", c.get("c"));
    assertEquals("global", c.get("d"));
    assertEquals("cli", c.get("x"));
  }

  @Test
  void envKeysAreNormalized() {
    Map<String, String> env = env();
    env.put("NPM_CONFIG_FETCH_RETRIES", "7");
    assertEquals(7, NpmConfig.load(tmp, Map.of(), env).integer("fetch-retries", 0));
  }

  @Test
  void iniParsingCommentsQuotesArraysAndEnvExpansion() {
    Map<String, String> v = NpmConfig.parseIni("; comment\n# another\nkey = \"quoted\"\n"
        + "arr[]=1\narr[]=2\ntoken=${TOKEN}\nopt=${MISSING?}\nflag\n", Map.of("TOKEN", "s3cret"));
    assertEquals("quoted", v.get("key"));
    assertEquals("1\n2", v.get("arr"));
    assertEquals("s3cret", v.get("token"));
    assertEquals("", v.get("opt"));
    assertEquals("true", v.get("flag"));
    assertThrows(PmException.class, () -> NpmConfig.parseIni("t=${NOPE}", Map.of()));
  }

  @Test
  void scopedRegistryWins() {
    Map<String, String> env = env();
    env.put("npm_config_registry", "http://127.0.0.1:1/main");
    env.put("npm_config_@corp:registry", "http://127.0.0.1:2/corp/");
    NpmConfig c = NpmConfig.load(tmp, Map.of(), env);
    assertEquals("http://127.0.0.1:2/corp/", c.registryFor("@corp/tool"));
    assertEquals("http://127.0.0.1:1/main/", c.registryFor("@other/tool"));
    assertEquals("http://127.0.0.1:1/main/", c.registryFor("lodash"));
  }

  @Test
  void noRegistryAnywhereIsAClearError() {
    PmException e = assertThrows(PmException.class, () -> NpmConfig.load(tmp, Map.of(), env()).registry());
    assertEquals("ENOREGISTRY", e.code);
  }

  @Test
  void defaultRegistryIsReadFromInstalledNpm() throws Exception {
    Path npm = tmp.resolve("fake-npm");
    Path defs = npm.resolve("node_modules/@npmcli/config/lib/definitions/definitions.js");
    Files.createDirectories(defs.getParent());
    Files.writeString(defs, "  registry: new Definition('registry', {\n    default: 'http://127.0.0.9:4873/',\n");
    Map<String, String> env = env();
    env.put("NPM4J_NPM_DIR", npm.toString());
    assertEquals("http://127.0.0.9:4873/", NpmConfig.load(tmp, Map.of(), env).registry());
  }

  @Test
  void authTokenIsMatchedByLongestNerfDart() {
    Map<String, String> env = env();
    env.put("npm_config_//127.0.0.1:9/:_authToken", "root-token");
    env.put("npm_config_//127.0.0.1:9/deep/path/:_authToken", "deep-token");
    NpmConfig c = NpmConfig.load(tmp, Map.of(), env);
    assertEquals("Bearer deep-token", c.authorizationFor("http://127.0.0.1:9/deep/path/pkg"));
    assertEquals("Bearer root-token", c.authorizationFor("http://127.0.0.1:9/other/pkg"));
    assertNull(c.authorizationFor("http://127.0.0.2:9/pkg"));
  }

  @Test
  void basicAuthFromUsernameAndPassword() {
    Map<String, String> env = env();
    env.put("npm_config_//h.test/:username", "u");
    env.put("npm_config_//h.test/:_password", java.util.Base64.getEncoder().encodeToString("p".getBytes()));
    assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("u:p".getBytes()),
        NpmConfig.load(tmp, Map.of(), env).authorizationFor("https://h.test/x"));
  }

  @Test
  void nerfDart() {
    assertEquals("//h.test:8080/a/", NpmConfig.nerfDart("https://h.test:8080/a/b?x=1"));
    assertEquals("//h.test/", NpmConfig.nerfDart("http://h.test"));
  }
}
