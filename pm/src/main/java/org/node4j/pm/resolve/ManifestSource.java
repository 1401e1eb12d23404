package org.node4j.pm.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.Integrity;
import org.node4j.pm.json.Json;
import org.node4j.pm.registry.RegistryClient;
import org.node4j.pm.tar.TarExtractor;

/**
 * Turns a dependency specifier into a candidate node (not yet placed): registry specs go through
 * the packument and npm-pick-manifest's rules, local directories become links, tarball files
 * and URLs are read for their package.json.
 */
public final class ManifestSource {
  private final RegistryClient registry;
  private final Path projectDir;
  private final String nodeVersion;

  public ManifestSource(RegistryClient registry, Path projectDir, String nodeVersion) {
    this.registry = registry;
    this.projectDir = projectDir;
    this.nodeVersion = nodeVersion;
  }

  public RegistryClient registry() { return registry; }

  /** Starts fetching what {@link #nodeFor} will need, so that lookups overlap. */
  public void prefetch(Spec spec) {
    if (spec.isRegistry()) registry.packumentAsync(spec.fetchName());
  }

  /** bundleDependencies (or bundledDependencies): a list of names, or true for all dependencies. */
  public static java.util.Set<String> bundled(Node n) {
    if (n.isRoot() || n.link) return java.util.Set.of();
    Object b = n.pkg.get("bundleDependencies");
    if (b == null) b = n.pkg.get("bundledDependencies");
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    if (Boolean.TRUE.equals(b)) out.addAll(Json.strMap(n.pkg.get("dependencies")).keySet());
    else if (b instanceof java.util.List<?> l) for (Object o : l) if (o instanceof String s) out.add(s);
    return out;
  }

  private static final java.util.regex.Pattern BUNDLED_PKG =
      java.util.regex.Pattern.compile("^(node_modules/(@[^/]+/)?[^/@.][^/]*/)+package\\.json$");

  /**
   * The packages a bundling node ships in its tarball's node_modules (npm's inBundle nodes):
   * created from their package.json files, nested as in the tarball, returned outermost first.
   * They are never fetched on their own; their missing dependencies resolve as usual.
   */
  public List<Node> loadBundle(Node n) {
    if (bundled(n).isEmpty() || n.resolved == null) return List.of();
    for (Node c : n.children.values()) if (c.inBundle) return List.of();
    org.node4j.pm.cache.Integrity integ = n.integrity == null ? null : org.node4j.pm.cache.Integrity.parse(n.integrity);
    String label = n.packageName + "@" + n.version;
    byte[] tgz;
    if (n.resolved.startsWith("file:")) {
      try {
        tgz = Files.readAllBytes(projectDir.resolve(n.resolved.substring(5)).normalize());
      } catch (IOException e) {
        return List.of();
      }
    } else {
      tgz = registry.tarball(n.resolved, integ, label);
    }
    Map<String, byte[]> files = TarExtractor.readMatching(tgz, p -> BUNDLED_PKG.matcher(p).matches());
    List<String> paths = new java.util.ArrayList<>(files.keySet());
    paths.sort(java.util.Comparator.comparingInt(p -> p.split("node_modules/", -1).length));
    List<Node> out = new java.util.ArrayList<>();
    for (String p : paths) {
      String[] segs = p.substring("node_modules/".length(), p.length() - "/package.json".length()).split("/node_modules/");
      Node parent = n;
      for (int i = 0; i < segs.length - 1 && parent != null; i++) parent = parent.children.get(segs[i]);
      if (parent == null || parent.children.containsKey(segs[segs.length - 1])) continue;
      Map<String, Object> pkg;
      try {
        pkg = Json.parseObject(new String(files.get(p), java.nio.charset.StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        continue;
      }
      String name = segs[segs.length - 1];
      Node b = Node.of(name, nameOr(pkg, name), pkg);
      b.inBundle = true;
      b.setParent(parent);
      out.add(b);
    }
    return out;
  }

  /**
   * Starts downloading and unpacking a registry node's tarball into the store while
   * resolution goes on; failures are left for reify to meet (and report) again.
   */
  public void prefetchTarball(Node n) {
    if (!registry.storeEnabled() || !n.fetched || n.integrity == null || n.resolved == null || !n.resolved.startsWith("http")) return;
    // Platform-specific packages (esbuild's, typescript's, ...) are mostly for other platforms
    // and skipped by reify: leave them to it rather than download them all.
    if (n.pkg.containsKey("os") || n.pkg.containsKey("cpu") || n.pkg.containsKey("libc")) return;
    org.node4j.pm.cache.Integrity integ = org.node4j.pm.cache.Integrity.parse(n.integrity);
    String url = n.resolved, label = n.packageName + "@" + n.version;
    registry.store().ensure(integ, () -> registry.tarballAsync(url, integ, label));
  }

  /** @param baseDir directory relative specs are resolved against (the dependent's folder) */
  public Node nodeFor(Spec spec, Path baseDir) {
    switch (spec.type()) {
      case VERSION, RANGE, TAG -> {
        Map<String, Object> packument = registry.packument(spec.fetchName());
        Map<String, Object> m = PickManifest.pick(packument, spec, nodeVersion);
        return fromManifest(spec.name(), spec.fetchName(), m);
      }
      case DIRECTORY, LINK -> {
        Path dir = resolvePath(baseDir, spec.fetchSpec());
        Map<String, Object> pkg = readPackageJson(dir);
        Node n = Node.of(spec.name(), nameOr(pkg, spec.name()), pkg);
        n.link = true;
        n.source = dir;
        n.resolved = "file:" + projectDir.relativize(dir).toString().replace('\\', '/');
        return n;
      }
      case FILE -> {
        Path file = resolvePath(baseDir, spec.fetchSpec());
        byte[] tgz;
        try {
          tgz = Files.readAllBytes(file);
        } catch (IOException e) {
          throw new PmException("ENOENT", "Could not read tarball " + file + " for " + spec);
        }
        Node n = fromTarball(spec, tgz);
        n.source = file;
        n.resolved = "file:" + projectDir.relativize(file).toString().replace('\\', '/');
        n.integrity = Integrity.of("sha512", tgz).toString();
        return n;
      }
      case REMOTE -> {
        byte[] tgz = registry.tarball(spec.fetchSpec(), null, spec.toString());
        Node n = fromTarball(spec, tgz);
        n.resolved = spec.fetchSpec();
        n.integrity = Integrity.of("sha512", tgz).toString();
        return n;
      }
      case GIT -> {
        org.node4j.pm.git.GitSpec git = org.node4j.pm.git.GitSpec.parse(spec.fetchSpec());
        String resolved = git.resolvedBase() + "#" + registry.git().resolve(git, spec.toString());
        Node n = fromTarball(spec, registry.git().tarball(resolved, spec.toString()));
        n.resolved = resolved;
        return n;
      }
      default -> throw new PmException("EUNSUPPORTEDPROTOCOL", "Unsupported dependency specifier: " + spec);
    }
  }

  private static String nameOr(Map<String, Object> pkg, String dflt) {
    String n = Json.str(pkg.get("name"));
    return n == null ? dflt : n;
  }

  private Node fromTarball(Spec spec, byte[] tgz) {
    byte[] pj = TarExtractor.readFile(tgz, "package.json");
    if (pj == null) throw new PmException("ENOENT", "No package.json in tarball for " + spec);
    Map<String, Object> pkg = Json.parseObject(new String(pj, java.nio.charset.StandardCharsets.UTF_8));
    return Node.of(spec.name(), nameOr(pkg, spec.name()), pkg);
  }

  static Path resolvePath(Path base, String p) {
    String s = p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p;
    return base.resolve(s).toAbsolutePath().normalize();
  }

  public static Map<String, Object> readPackageJson(Path dir) {
    Path f = dir.resolve("package.json");
    try {
      return Json.parseObject(Files.readString(f));
    } catch (IOException e) {
      throw new PmException("ENOENT", "Could not read package.json: " + f);
    } catch (RuntimeException e) {
      throw new PmException("EJSONPARSE", "Invalid package.json " + f + ": " + e.getMessage());
    }
  }

  /** A registry node from a packument version entry: resolved and integrity from dist. */
  static Node fromManifest(String name, String packageName, Map<String, Object> m) {
    Node n = Node.of(name, packageName, new LinkedHashMap<>(m));
    n.fetched = true;
    Map<String, Object> dist = Json.obj(m.get("dist"));
    if (dist != null) {
      n.resolved = Json.str(dist.get("tarball"));
      String integ = Json.str(dist.get("integrity"));
      String shasum = Json.str(dist.get("shasum"));
      if (integ != null) n.integrity = integ;
      else if (shasum != null) n.integrity = Integrity.fromHexSha1(shasum).toString();
    }
    Map<String, Object> scripts = Json.obj(m.get("scripts"));
    n.hasInstallScript = Boolean.TRUE.equals(m.get("hasInstallScript")) || scripts != null
        && (scripts.containsKey("preinstall") || scripts.containsKey("install") || scripts.containsKey("postinstall"));
    return n;
  }
}
