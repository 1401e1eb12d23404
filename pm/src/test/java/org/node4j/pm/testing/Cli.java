package org.node4j.pm.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.node4j.pm.cli.Main;
import org.node4j.pm.json.Json;

/**
 * Runs npm4j commands in-process against a project folder, with an environment that points at
 * the test registry and a private cache/home, so no test reads the developer's npm config.
 */
public final class Cli {
  public final Path project;
  public final Path home;
  public final Map<String, String> env = new LinkedHashMap<>();

  public record Run(int code, String out, String err) {}

  public Cli(Path tmp, TestRegistry reg) throws IOException {
    this.project = Files.createDirectories(tmp.resolve("project"));
    this.home = Files.createDirectories(tmp.resolve("home"));
    env.put("HOME", home.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    if (reg != null) env.put("npm_config_registry", reg.url());
    env.put("npm_config_cache", tmp.resolve("cache").toString());
    env.put("npm_config_fetch_retry_mintimeout", "10");
    env.put("npm_config_fetch_retry_maxtimeout", "50");
    env.put("npm_config_globalconfig", tmp.resolve("no-global-npmrc").toString());
    env.put("NPM4J_NPM_DIR", tmp.resolve("no-npm").toString());
  }

  public Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int code = Main.run(args, project, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public Cli packageJson(String json) throws IOException {
    Files.writeString(project.resolve("package.json"), json);
    return this;
  }

  public String read(String rel) throws IOException {
    return Files.readString(project.resolve(rel));
  }

  public boolean exists(String rel) {
    return Files.exists(project.resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /** Version of the package installed at a node_modules path, or null. */
  public String versionAt(String rel) throws IOException {
    Path p = project.resolve(rel).resolve("package.json");
    if (!Files.isRegularFile(p)) return null;
    return (String) Json.parseObject(Files.readString(p)).get("version");
  }

  public Map<String, Object> lock() throws IOException {
    return Json.parseObject(read("package-lock.json"));
  }
}
