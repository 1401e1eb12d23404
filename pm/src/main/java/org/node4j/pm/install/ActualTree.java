package org.node4j.pm.install;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.resolve.Edges;
import org.node4j.pm.resolve.Flags;
import org.node4j.pm.resolve.ManifestSource;
import org.node4j.pm.resolve.Node;

/** Reads what is really on disk (arborist's loadActual): every package folder under node_modules. */
public final class ActualTree {
  private ActualTree() {}

  public static Node load(Path project, Map<String, Object> rootPkg) {
    Node root = Node.root(project, rootPkg);
    Edges.load(root, true, false);
    loadChildren(root, project.resolve("node_modules"), hiddenResolved(project));
    org.node4j.pm.resolve.Overrides.apply(root, false);
    Flags.calc(root);
    return root;
  }

  /**
   * Where each installed package came from, by location, as the hidden lockfile
   * (node_modules/.package-lock.json) recorded it: a package.json alone does not say, and a git
   * dependency is only valid for its spec when its repository is known.
   */
  private static Map<String, String> hiddenResolved(Path project) {
    Map<String, String> out = new java.util.HashMap<>();
    Path hidden = project.resolve("node_modules/.package-lock.json");
    if (!Files.isRegularFile(hidden)) return out;
    try {
      Map<String, Object> pkgs = Json.obj(Json.parseObject(Files.readString(hidden)).get("packages"));
      if (pkgs != null) {
        pkgs.forEach((loc, v) -> {
          Map<String, Object> e = Json.obj(v);
          String r = e == null ? null : Json.str(e.get("resolved"));
          if (r != null) out.put(loc, r);
        });
      }
    } catch (IOException | RuntimeException e) {
      // a damaged hidden lockfile only loses this information
    }
    return out;
  }

  private static void loadChildren(Node parent, Path nm, Map<String, String> hidden) {
    if (!Files.isDirectory(nm)) return;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(nm)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) continue;
        if (name.startsWith("@")) {
          try (DirectoryStream<Path> scoped = Files.newDirectoryStream(p)) {
            for (Path q : scoped) add(parent, name + "/" + q.getFileName(), q, hidden);
          }
        } else {
          add(parent, name, p, hidden);
        }
      }
    } catch (IOException e) {
      throw new PmException("EIO", "could not read " + nm + ": " + e.getMessage());
    }
  }

  private static void add(Node parent, String name, Path dir, Map<String, String> hidden) throws IOException {
    if (!Files.isRegularFile(dir.resolve("package.json"))) return;
    Map<String, Object> pkg;
    try {
      pkg = ManifestSource.readPackageJson(dir);
    } catch (PmException e) {
      return;
    }
    String pname = Json.str(pkg.get("name"));
    Node n = Node.of(name, pname == null ? name : pname, pkg);
    if (Files.isSymbolicLink(dir)) {
      n.link = true;
      n.source = dir.toRealPath();
      n.resolved = "file:" + parent.root().source.relativize(n.source);
    } else {
      String loc = parent.root().source.relativize(dir).toString().replace('\\', '/');
      n.resolved = hidden.getOrDefault(loc, Json.str(pkg.get("_resolved")));
    }
    Edges.load(n, n.link, false);
    n.setParent(parent);
    loadChildren(n, dir.resolve("node_modules"), hidden);
  }
}
