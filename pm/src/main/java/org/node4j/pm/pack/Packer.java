package org.node4j.pm.pack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.lock.Lockfile;
import org.node4j.pm.tar.TarWriter;

/**
 * npm pack: picks the files npm-packlist would (package.json "files", else everything minus
 * .npmignore/.gitignore rules and npm's always-ignored names; package.json, README, LICENSE,
 * main and bins always in) and writes them under "package/" with npm's fixed modes and mtime.
 */
public final class Packer {
  private Packer() {}

  private static final IgnoreRules ALWAYS_IGNORED = IgnoreRules.parse(String.join("\n", List.of(
      ".git", "CVS", ".svn", ".hg", ".lock-wscript", ".wafpickle-*", ".*.swp", ".DS_Store", "._*",
      "npm-debug.log", ".npmrc", "node_modules", "config.gypi", "*.orig", ".npmignore", ".gitignore",
      "/package-lock.json", "/yarn.lock", "/pnpm-lock.yaml", "/npm-shrinkwrap.json")));
  private static final Pattern ALWAYS_INCLUDED = Pattern.compile("^(readme|license|licence)(\\..*)?$",
      Pattern.CASE_INSENSITIVE);

  /** The relative paths (with "/") that go into the tarball, in npm's order. */
  public static List<String> files(Path dir, Map<String, Object> pkg) {
    List<String> out = new ArrayList<>();
    Set<String> forced = new HashSet<>();
    forced.add("package.json");
    String main = Json.str(pkg.get("main"));
    if (main != null) forced.add(clean(main));
    Map<String, Object> bins = Lockfile.normalizeBin(pkg);
    if (bins != null) for (Object v : bins.values()) forced.add(clean(String.valueOf(v)));
    IgnoreRules filesRule = null;
    if (pkg.get("files") instanceof List<?> fl) {
      filesRule = new IgnoreRules();
      for (Object f : fl) if (f instanceof String s) filesRule.add("/" + clean(s));
    }
    walk(dir, "", filesRule, new ArrayList<>(), forced, out);
    for (String f : forced) {
      if (!out.contains(f) && Files.isRegularFile(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) out.add(f);
    }
    // npm lists and tars files in plain code-unit order ("README.md" before "bin/...")
    out.sort(null);
    return out;
  }

  private static String clean(String p) {
    return p.replace('\\', '/').replaceFirst("^\\./", "").replaceFirst("/+$", "");
  }

  /** {@code ignores}: (folder prefix, rules) pairs from .npmignore/.gitignore files above. */
  private static void walk(Path dir, String rel, IgnoreRules filesRule, List<Object[]> ignores, Set<String> forced,
      List<String> out) {
    List<Object[]> here = new ArrayList<>(ignores);
    if (filesRule == null || !rel.isEmpty()) {
      Path ni = dir.resolve(".npmignore"), gi = dir.resolve(".gitignore");
      Path rules = Files.isRegularFile(ni) ? ni : Files.isRegularFile(gi) ? gi : null;
      if (rules != null) {
        try {
          here.add(new Object[] {rel, IgnoreRules.parse(Files.readString(rules))});
        } catch (IOException e) {
          throw new PmException("EIO", "could not read " + rules);
        }
      }
    }
    List<Path> kids = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) kids.add(p);
    } catch (IOException e) {
      throw new PmException("EIO", "could not read " + dir + ": " + e.getMessage());
    }
    for (Path p : kids) {
      String name = p.getFileName().toString();
      String path = rel.isEmpty() ? name : rel + "/" + name;
      if (Files.isSymbolicLink(p)) continue;
      boolean isDir = Files.isDirectory(p);
      boolean topForced = rel.isEmpty() && (forced.contains(path) || !isDir && ALWAYS_INCLUDED.matcher(name).matches());
      if (!topForced && !forced.contains(path)) {
        if (Boolean.TRUE.equals(ALWAYS_IGNORED.ignored(path, isDir))) continue;
        if (filesRule != null && !isDir && !Boolean.TRUE.equals(filesRule.ignored(path, false))) continue;
        if (ignoredBy(here, path, isDir)) continue;
      }
      if (isDir) walk(p, path, filesRule, here, forced, out);
      else out.add(path);
    }
  }

  private static boolean ignoredBy(List<Object[]> ignores, String path, boolean isDir) {
    Boolean result = null;
    for (Object[] ig : ignores) {
      String base = (String) ig[0];
      if (!base.isEmpty() && !path.startsWith(base + "/")) continue;
      String sub = base.isEmpty() ? path : path.substring(base.length() + 1);
      Boolean r = ((IgnoreRules) ig[1]).ignored(sub, isDir);
      if (r != null) result = r;
    }
    return Boolean.TRUE.equals(result);
  }

  /** The .tgz bytes: "package/" prefix, 0644 files (0755 when executable), npm's fixed mtime. */
  public static byte[] tarball(Path dir, List<String> files) {
    TarWriter w = new TarWriter();
    for (String f : files) {
      Path p = dir.resolve(f);
      try {
        boolean exec = Files.isExecutable(p);
        w.file("package/" + f, Files.readAllBytes(p), exec ? 0755 : 0644);
      } catch (IOException e) {
        throw new PmException("EIO", "could not read " + p + ": " + e.getMessage());
      }
    }
    return w.toTgz();
  }

  /** npm's tarball file name: "@scope/name" becomes "scope-name-1.0.0.tgz". */
  public static String filename(String name, String version) {
    return name.replaceFirst("^@", "").replace('/', '-') + "-" + version + ".tgz";
  }
}
