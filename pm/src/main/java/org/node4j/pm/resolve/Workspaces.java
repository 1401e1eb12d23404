package org.node4j.pm.resolve;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;

/**
 * The root's "workspaces" globs ("packages/*", "apps/web", or {"packages": [...]}) expanded to
 * folders holding a package.json, keyed by package name. Each becomes a symlink in the root
 * node_modules, and its dependencies are hoisted to the root like npm does.
 */
public final class Workspaces {
  private Workspaces() {}

  public static Map<String, Path> find(Path root, Map<String, Object> pkg) {
    Object ws = pkg.get("workspaces");
    if (ws instanceof Map<?, ?> m) ws = m.get("packages");
    Map<String, Path> out = new LinkedHashMap<>();
    if (!(ws instanceof List<?> globs)) return out;
    for (Object g : globs) {
      if (!(g instanceof String glob)) continue;
      for (Path dir : expand(root, glob)) {
        Path pj = dir.resolve("package.json");
        if (!Files.isRegularFile(pj)) continue;
        Map<String, Object> wpkg;
        try {
          wpkg = Json.parseObject(Files.readString(pj));
        } catch (IOException | RuntimeException e) {
          throw new PmException("EJSONPARSE", "Invalid package.json in workspace " + dir);
        }
        String name = Json.str(wpkg.get("name"));
        if (name == null) name = dir.getFileName().toString();
        Path prev = out.put(name, dir.normalize());
        if (prev != null && !prev.equals(dir.normalize())) {
          throw new PmException("EDUPLICATEWORKSPACE", "must not have multiple workspaces with the same name\n"
              + "package '" + name + "' has conflicts in the following paths:\n    " + prev + "\n    " + dir);
        }
      }
    }
    return out;
  }

  /** Minimal glob: "*" matches one path segment, "**" any number; other segments are literal. */
  static List<Path> expand(Path root, String glob) {
    List<Path> cur = new ArrayList<>(List.of(root));
    for (String seg : glob.replaceFirst("^\\./", "").split("/")) {
      if (seg.isEmpty() || seg.equals(".")) continue;
      List<Path> next = new ArrayList<>();
      for (Path p : cur) {
        if (seg.equals("**")) {
          try (var s = Files.walk(p)) {
            s.filter(Files::isDirectory).filter(d -> !d.toString().contains("node_modules")).forEach(next::add);
          } catch (IOException e) {
            // unreadable folder: no workspaces below it
          }
        } else if (seg.contains("*")) {
          String re = seg.replace(".", "\\.").replace("*", "[^/]*");
          try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path c : ds) {
              String name = c.getFileName().toString();
              if (Files.isDirectory(c) && name.matches(re) && !name.equals("node_modules")) next.add(c);
            }
          } catch (IOException e) {
            // missing folder: matches nothing
          }
        } else {
          Path c = p.resolve(seg);
          if (Files.isDirectory(c)) next.add(c);
        }
      }
      cur = next;
    }
    cur.sort(null);
    return cur;
  }
}
