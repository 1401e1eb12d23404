package org.node4j.pm.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locates an installed npm, whose files are the only place we learn npm's default registry and
 * its builtin/global npmrc from (we deliberately ship no registry address of our own).
 */
final class NpmInstall {
  private static final Pattern DEFAULT_REGISTRY =
      Pattern.compile("Definition\\(\\s*'registry'\\s*,\\s*\\{\\s*default:\\s*'([^']+)'");

  private NpmInstall() {}

  /** The npm package directory (the one holding package.json and lib/), or null. */
  static Path find(Map<String, String> env) {
    String override = env.get("NPM4J_NPM_DIR");
    if (override != null) return Files.isDirectory(Path.of(override)) ? Path.of(override) : null;
    Path bin = onPath(env, "npm");
    if (bin == null) return null;
    try {
      Path real = bin.toRealPath();
      // .../npm/bin/npm-cli.js (or .../npm/bin/npm): the package dir is two levels up.
      for (Path p = real.getParent(); p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("package.json")) && Files.isDirectory(p.resolve("lib"))
            && p.getFileName() != null && p.getFileName().toString().equals("npm")) {
          return p;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  static Path onPath(Map<String, String> env, String exe) {
    String path = env.get("PATH");
    if (path == null) return null;
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, exe);
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }

  /** The global npmrc: {prefix}/etc/npmrc, the prefix defaulting to node's install prefix. */
  static Path globalConfig(Map<String, String> env, Path npmDir) {
    String prefix = env.get("PREFIX");
    if (prefix == null) {
      Path node = onPath(env, "node");
      try {
        if (node != null) prefix = node.toRealPath().getParent().getParent().toString();
      } catch (IOException | NullPointerException e) {
        prefix = null;
      }
    }
    return prefix == null ? null : Path.of(prefix, "etc", "npmrc");
  }

  /** npm's built-in default registry, read from the installed npm's config definitions. */
  static String defaultRegistry(Map<String, String> env) {
    Path dir = find(env);
    if (dir == null) return null;
    Path defs = dir.resolve("node_modules/@npmcli/config/lib/definitions/definitions.js");
    try {
      if (!Files.isRegularFile(defs)) return null;
      Matcher m = DEFAULT_REGISTRY.matcher(Files.readString(defs));
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
