package org.node4j.pm.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;

/**
 * Runs package scripts like @npmcli/run-script: {@code sh -c}, every node_modules/.bin from the
 * package up to / on PATH, npm_lifecycle_event / npm_package_* in the environment, and `node`
 * meaning node4j (through a small shim directory put first on PATH).
 */
public final class Scripts {
  private Scripts() {}

  /** Returns the exit code; output goes to our own stdout/stderr. */
  public static int run(Path pkgDir, Map<String, Object> pkg, String event, List<String> args,
      Map<String, String> baseEnv, Path initCwd) {
    Map<String, Object> scripts = Json.obj(pkg.get("scripts"));
    String script = scripts == null ? null : Json.str(scripts.get(event));
    if (script == null) return 0;
    StringBuilder cmd = new StringBuilder(script);
    for (String a : args) cmd.append(' ').append(shellQuote(a));
    Map<String, String> env = new LinkedHashMap<>(baseEnv);
    env.put("PATH", path(pkgDir, baseEnv.getOrDefault("PATH", "")));
    env.put("npm_lifecycle_event", event);
    env.put("npm_lifecycle_script", script);
    env.put("npm_package_json", pkgDir.resolve("package.json").toString());
    putIfString(env, "npm_package_name", pkg.get("name"));
    putIfString(env, "npm_package_version", pkg.get("version"));
    Map<String, Object> config = Json.obj(pkg.get("config"));
    if (config != null) config.forEach((k, v) -> putIfString(env, "npm_package_config_" + k, v));
    Map<String, Object> engines = Json.obj(pkg.get("engines"));
    if (engines != null) engines.forEach((k, v) -> putIfString(env, "npm_package_engines_" + k, v));
    env.put("npm_command", baseEnv.getOrDefault("npm_command", "run-script"));
    env.put("INIT_CWD", initCwd.toString());
    env.put("npm_execpath", baseEnv.getOrDefault("npm_execpath", "npm4j"));
    String node = nodeBinary(baseEnv);
    if (node != null) env.put("npm_node_execpath", node);
    System.out.println();
    System.out.println("> " + (pkg.get("name") == null ? "" : pkg.get("name") + "@" + pkg.get("version") + " ")
        + event);
    System.out.println("> " + cmd);
    System.out.println();
    System.out.flush();
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", cmd.toString()).directory(pkgDir.toFile()).inheritIO();
    pb.environment().clear();
    pb.environment().putAll(env);
    try {
      return pb.start().waitFor();
    } catch (IOException e) {
      throw new PmException("ENOENT", "could not run script " + event + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static void putIfString(Map<String, String> env, String k, Object v) {
    if (v instanceof String s) env.put(k.replaceAll("[^A-Za-z0-9_]", "_"), s);
  }

  /** node_modules/.bin of the package and every ancestor, then the node shim, then PATH. */
  static String path(Path pkgDir, String original) {
    List<String> dirs = new ArrayList<>();
    for (Path p = pkgDir.toAbsolutePath(); p != null; p = p.getParent()) {
      dirs.add(p.resolve("node_modules").resolve(".bin").toString());
    }
    Path shim = nodeShim();
    if (shim != null) dirs.add(shim.toString());
    if (!original.isEmpty()) dirs.add(original);
    return String.join(java.io.File.pathSeparator, dirs);
  }

  /** The node4j launcher: NPM4J_NODE, else bin/node4j next to our own launcher. */
  static String nodeBinary(Map<String, String> env) {
    String explicit = env.get("NPM4J_NODE");
    if (explicit != null && !explicit.isEmpty()) return explicit;
    String home = System.getProperty("npm4j.home");
    if (home != null) {
      Path p = Path.of(home, "bin", "node4j");
      if (Files.isExecutable(p)) return p.toString();
    }
    return null;
  }

  private static Path shimDir;

  /** A directory holding a `node` that execs node4j, so scripts' `node x.js` run on node4j. */
  static synchronized Path nodeShim() {
    if (shimDir != null) return shimDir;
    String node = nodeBinary(System.getenv());
    if (node == null) return null;
    try {
      Path dir = Files.createTempDirectory("npm4j-node-");
      Path f = dir.resolve("node");
      Files.writeString(f, "#!/bin/sh\nexec " + shellQuote(node) + " \"$@\"\n");
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
      dir.toFile().deleteOnExit();
      f.toFile().deleteOnExit();
      shimDir = dir;
      return dir;
    } catch (IOException e) {
      return null;
    }
  }

  static String shellQuote(String s) {
    if (s.matches("[A-Za-z0-9_./=:@%+-]+")) return s;
    return "'" + s.replace("'", "'\"'\"'") + "'";
  }
}
