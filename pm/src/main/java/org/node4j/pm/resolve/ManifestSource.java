package org.node4j.pm.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

  /**
   * Starts downloading and unpacking a registry node's tarball into the store while
   * resolution goes on; failures are left for reify to meet (and report) again.
   */
  public void prefetchTarball(Node n) {
    if (!registry.storeEnabled() || !n.fetched || n.integrity == null || n.resolved == null || !n.resolved.startsWith("http")) return;
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
      default -> throw new PmException("EUNSUPPORTEDPROTOCOL",
          "Unsupported dependency specifier (git dependencies are not supported yet): " + spec);
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
