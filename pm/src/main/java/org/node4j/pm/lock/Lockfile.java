package org.node4j.pm.lock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.resolve.Edges;
import org.node4j.pm.resolve.Node;
import org.node4j.pm.util.LocaleCompare;

/**
 * package-lock.json v3 ("packages" keyed by folder location), read and written in npm's exact
 * format: metadata fields picked like arborist's Shrinkwrap.metaFromNode and every object's keys
 * ordered like json-stringify-nice (preferred keys, then scalars before objects, locale order).
 */
public final class Lockfile {
  private Lockfile() {}

  private static final List<String> PKG_META_KEYS = List.of("version", "dependencies", "peerDependencies",
      "peerDependenciesMeta", "optionalDependencies", "bundleDependencies", "acceptDependencies", "funding",
      "engines", "os", "cpu", "libc", "_integrity", "license", "_hasShrinkwrap", "hasInstallScript", "bin",
      "deprecated", "workspaces");
  private static final List<String> KEY_ORDER = List.of("name", "version", "lockfileVersion", "resolved",
      "integrity", "requires", "packages", "dependencies");

  /** Serializes a tree. {@code omitRegistryResolved}: npm's omit-lockfile-registry-resolved. */
  public static String write(Node root, boolean omitRegistryResolved) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (!root.packageName.isEmpty()) data.put("name", root.packageName);
    if (root.version != null) data.put("version", root.version);
    data.put("lockfileVersion", 3L);
    data.put("requires", true);
    Map<String, Object> packages = new LinkedHashMap<>();
    for (Node n : root.all()) {
      packages.put(n.location(), meta(n, omitRegistryResolved));
      if (n.link) packages.put(n.targetLocation(), targetMeta(n));
    }
    data.put("packages", packages);
    return Json.stringify(sortKeys(data)) + "\n";
  }

  private static Map<String, Object> meta(Node n, boolean omitRegistryResolved) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (n.link && n.parent != null) {
      m.put("resolved", n.targetLocation());
      m.put("link", true);
      return m;
    }
    for (String key : PKG_META_KEYS) {
      Object v = metaField(n.pkg, key);
      if (v != null) m.put(key.startsWith("_") ? key.substring(1) : key, v);
    }
    if (n.isRoot() || !n.packageName.equals(n.name)) {
      if (!n.packageName.isEmpty()) m.put("name", n.packageName);
    }
    if (n.isRoot() && n.pkg.get("devDependencies") instanceof Map<?, ?> dd && !dd.isEmpty()) {
      m.put("devDependencies", n.pkg.get("devDependencies"));
    }
    if (n.integrity != null) m.put("integrity", n.integrity);
    if (n.inBundle) m.put("inBundle", true);
    if (n.hasInstallScript) m.put("hasInstallScript", true);
    if (!n.isRoot()) {
      boolean registry = n.resolved != null && (n.resolved.startsWith("http://") || n.resolved.startsWith("https://"));
      if (n.resolved != null && !(registry && omitRegistryResolved && n.integrity != null)) m.put("resolved", n.resolved);
      if (n.extraneous) {
        m.put("extraneous", true);
      } else {
        if (n.peer) m.put("peer", true);
        if (n.dev) m.put("dev", true);
        if (n.optional) m.put("optional", true);
        if (n.devOptional && !n.dev && !n.optional) m.put("devOptional", true);
      }
    }
    return m;
  }

  /** The entry for a link's target folder (e.g. a workspace at "packages/a"). */
  private static Map<String, Object> targetMeta(Node link) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String key : PKG_META_KEYS) {
      Object v = metaField(link.pkg, key);
      if (v != null) m.put(key.startsWith("_") ? key.substring(1) : key, v);
    }
    // npm names the package only when the folder name does not already say it.
    if (!link.packageName.isEmpty() && !link.packageName.equals(nameFromFolder(link.source))) {
      m.put("name", link.packageName);
    }
    if (link.pkg.get("devDependencies") instanceof Map<?, ?> dd && !dd.isEmpty()) {
      m.put("devDependencies", link.pkg.get("devDependencies"));
    }
    return m;
  }

  static String nameFromFolder(Path dir) {
    Path base = dir.getFileName();
    Path parent = dir.getParent() == null ? null : dir.getParent().getFileName();
    if (parent != null && parent.toString().startsWith("@")) return parent + "/" + base;
    return base == null ? "" : base.toString();
  }

  private static Object metaField(Map<String, Object> pkg, String key) {
    Object v = pkg.get(key);
    if (v == null || Boolean.FALSE.equals(v) || "".equals(v)) return null;
    if (key.equals("license") && v instanceof Map<?, ?> lm && lm.get("type") instanceof String t) return t;
    if (key.equals("bin")) return normalizeBin(pkg);
    if (key.equals("funding") && v instanceof String url) return new LinkedHashMap<>(Map.of("url", url));
    if (v instanceof Map<?, ?> mm && mm.isEmpty()) return null;
    if (v instanceof List<?> l && l.isEmpty()) return v;
    return v;
  }

  /** npm-normalize-package-bin: a string bin is named after the package; paths lose "./". */
  public static Map<String, Object> normalizeBin(Map<String, Object> pkg) {
    Object bin = pkg.get("bin");
    Map<String, Object> out = new LinkedHashMap<>();
    if (bin instanceof String s) {
      String name = Json.str(pkg.get("name"));
      if (name == null) return null;
      out.put(name.substring(name.indexOf('/') + 1), cleanPath(s));
    } else if (bin instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String v)) continue;
        String k = String.valueOf(e.getKey());
        k = k.substring(k.lastIndexOf('/') + 1).replace("\\", "");
        if (k.isEmpty() || k.equals(".") || k.equals("..")) continue;
        String p = cleanPath(v);
        if (!p.isEmpty()) out.put(k, p);
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static String cleanPath(String p) {
    // path.join('/', p).slice(1): resolve . and .., never leave the package.
    List<String> parts = new ArrayList<>();
    for (String s : p.replace('\\', '/').split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        if (!parts.isEmpty()) parts.remove(parts.size() - 1);
        continue;
      }
      parts.add(s);
    }
    return String.join("/", parts);
  }

  /** json-stringify-nice ordering, applied recursively. */
  @SuppressWarnings("unchecked")
  static Object sortKeys(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) out.add(sortKeys(o));
      return out;
    }
    if (!(v instanceof Map<?, ?> m)) return v;
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) entries.add(Map.entry(String.valueOf(e.getKey()), e.getValue() == null ? "\0null" : e.getValue()));
    entries.sort((a, b) -> {
      boolean ao = a.getValue() instanceof Map, bo = b.getValue() instanceof Map;
      if (ao != bo) return ao ? 1 : -1;
      int ia = KEY_ORDER.indexOf(a.getKey()), ib = KEY_ORDER.indexOf(b.getKey());
      if (ia >= 0 && ib < 0) return -1;
      if (ib >= 0 && ia < 0) return 1;
      if (ia >= 0) return ia - ib;
      return LocaleCompare.EN.compare(a.getKey(), b.getKey());
    });
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : entries) {
      Object val = "\0null".equals(e.getValue()) ? null : e.getValue();
      out.put(e.getKey(), sortKeys(val));
    }
    return out;
  }

  /**
   * Builds the tree a lockfile describes. The root's manifest is the project's package.json
   * (the lockfile's "" entry is only a copy); other nodes carry their lockfile metadata.
   */
  public static Node read(String text, Path projectDir, Map<String, Object> rootPkg, boolean legacyPeerDeps) {
    Map<String, Object> data = Json.parseObject(text);
    Object ver = data.get("lockfileVersion");
    Map<String, Object> packages = Json.obj(data.get("packages"));
    if (packages == null) {
      throw new PmException("ELOCKVERSION", "package-lock.json has lockfileVersion " + ver
          + " without a \"packages\" section; only lockfileVersion 2 and 3 are supported");
    }
    Node root = Node.root(projectDir, rootPkg);
    Edges.load(root, true, legacyPeerDeps);
    Map<String, Node> byLoc = new LinkedHashMap<>();
    byLoc.put("", root);
    List<String> pending = new ArrayList<>(packages.keySet());
    pending.remove("");
    pending.sort((a, b) -> Integer.compare(a.split("node_modules/", -1).length, b.split("node_modules/", -1).length));
    // Several passes: a workspace's nested deps ("packages/a/node_modules/x") need the link first.
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (java.util.Iterator<String> it = pending.iterator(); it.hasNext(); ) {
        String loc = it.next();
        Map<String, Object> meta = Json.obj(packages.get(loc));
        int nm = loc.lastIndexOf("node_modules/");
        if (meta == null || nm < 0) {
          it.remove();
          progress = true;
          continue;
        }
        String parentLoc = nm == 0 ? "" : loc.substring(0, nm - 1);
        Node parent = byLoc.get(parentLoc);
        if (parent == null) continue;
        it.remove();
        progress = true;
        Node n = nodeFromLock(loc.substring(nm + "node_modules/".length()), meta, packages, projectDir);
        Edges.load(n, n.link, legacyPeerDeps);
        n.setParent(parent);
        byLoc.put(loc, n);
        if (n.link) byLoc.put(n.targetLocation(), n);
      }
    }
    return root;
  }

  private static Node nodeFromLock(String name, Map<String, Object> meta, Map<String, Object> packages, Path dir) {
    Node n;
    if (Boolean.TRUE.equals(meta.get("link"))) {
      String target = Json.str(meta.get("resolved"));
      Map<String, Object> tmeta = target == null ? null : Json.obj(packages.get(target));
      Map<String, Object> pkg = tmeta == null ? new LinkedHashMap<>() : new LinkedHashMap<>(tmeta);
      n = Node.of(name, Json.str(pkg.get("name")) == null ? name : Json.str(pkg.get("name")), pkg);
      n.link = true;
      n.source = dir.resolve(target == null ? name : target).normalize();
      n.resolved = "file:" + target;
      return n;
    }
    Map<String, Object> pkg = new LinkedHashMap<>(meta);
    String pname = Json.str(meta.get("name"));
    n = Node.of(name, pname == null ? name : pname, pkg);
    n.resolved = Json.str(meta.get("resolved"));
    n.integrity = Json.str(meta.get("integrity"));
    n.hasInstallScript = Boolean.TRUE.equals(meta.get("hasInstallScript"));
    n.inBundle = Boolean.TRUE.equals(meta.get("inBundle"));
    n.dev = Boolean.TRUE.equals(meta.get("dev"));
    n.optional = Boolean.TRUE.equals(meta.get("optional"));
    n.devOptional = Boolean.TRUE.equals(meta.get("devOptional"));
    n.peer = Boolean.TRUE.equals(meta.get("peer"));
    return n;
  }
}
