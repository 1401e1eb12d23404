package org.node4j.pm.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.ContentCache;
import org.node4j.pm.cache.Integrity;
import org.node4j.pm.git.GitSpec;
import org.node4j.pm.json.Json;
import org.node4j.pm.registry.RegistryClient;
import org.node4j.pm.resolve.Edge;
import org.node4j.pm.resolve.ManifestSource;
import org.node4j.pm.resolve.Node;
import org.node4j.pm.tar.TarExtractor;

/**
 * Makes node_modules match a tree. Everything is built in a staging folder beside node_modules
 * and swapped in with renames, so a failure or interruption before the swap leaves the previous
 * node_modules untouched (and a crash during the swap is undone by {@link #recover} next run).
 */
public final class Reifier {
  public static final String STAGING = "node_modules.npm4j-staging";
  public static final String OLD = "node_modules.npm4j-old";

  /** What to leave out and how to behave. */
  public record Options(Set<String> omit, boolean ignoreScripts, Set<String> trusted, Platform platform,
      Map<String, String> env, Consumer<String> warn, boolean linkFromCache) {
    public Options(Set<String> omit, boolean ignoreScripts, Set<String> trusted, Platform platform,
        Map<String, String> env, Consumer<String> warn) {
      this(omit, ignoreScripts, trusted, platform, env, warn, true);
    }
  }

  private final RegistryClient registry;
  private final Options opts;

  public Reifier(RegistryClient registry, Options opts) {
    this.registry = registry;
    this.opts = opts;
  }

  /** Undoes a swap that was cut off half-way, and removes abandoned staging folders. */
  public static void recover(Path project) {
    Path nm = project.resolve("node_modules"), old = project.resolve(OLD), staging = project.resolve(STAGING);
    try {
      if (Files.isDirectory(old) && !Files.exists(nm, LinkOption.NOFOLLOW_LINKS)) Files.move(old, nm);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ContentCache.deleteTree(old);
    ContentCache.deleteTree(staging);
  }

  /** Nodes that get a folder: not omitted, and platform-compatible (or it is an error). */
  public List<Node> selectNodes(Node root) {
    Set<Node> inert = new HashSet<>();
    for (Node n : root.all()) {
      if (n == root || n.link || inert.contains(n) || opts.platform.allows(n.pkg)) continue;
      if (!n.optional) {
        throw new PmException("EBADPLATFORM", "Unsupported platform for " + n.packageName + "@" + n.version
            + ": wanted " + Json.stringifyCompact(Map.of("os", String.valueOf(n.pkg.get("os")),
                "cpu", String.valueOf(n.pkg.get("cpu")))) + " (current: " + opts.platform + ")");
      }
      inert.addAll(optionalSet(n, inert));
    }
    List<Node> out = new ArrayList<>();
    Set<Node> skipped = new HashSet<>();
    for (Node n : root.all()) {
      if (n == root) continue;
      boolean omitted = skipped.contains(n.parent) || inert.contains(n)
          || (n.dev && opts.omit.contains("dev")) || (n.optional && opts.omit.contains("optional"))
          || (n.peer && opts.omit.contains("peer"))
          || (n.devOptional && opts.omit.contains("dev") && opts.omit.contains("optional"));
      if (omitted) skipped.add(n);
      else out.add(n);
    }
    return out;
  }

  /**
   * arborist's optionalSet: a failed optional node, whatever requires it non-optionally, and
   * every dependency reachable only through that set. None of it is installed.
   */
  static Set<Node> optionalSet(Node node, Set<Node> inert) {
    java.util.LinkedHashSet<Node> set = new java.util.LinkedHashSet<>(List.of(node));
    List<Node> work = new ArrayList<>(set);
    for (int i = 0; i < work.size(); i++) {
      for (Edge e : work.get(i).edgesIn()) {
        if (!e.optional() && set.add(e.from)) work.add(e.from);
      }
    }
    java.util.function.Predicate<Edge> filter = e -> !set.contains(e.to()) && !inert.contains(e.from);
    java.util.LinkedHashSet<Node> deps = new java.util.LinkedHashSet<>(set);
    List<Node> dw = new ArrayList<>(deps);
    for (int i = 0; i < dw.size(); i++) {
      for (Edge e : dw.get(i).edgesOut.values()) {
        Node to = e.to();
        if (to != null && filter.test(e) && deps.add(to)) dw.add(to);
      }
    }
    boolean changed = true;
    while (changed && !deps.isEmpty()) {
      changed = false;
      for (Node d : new ArrayList<>(deps)) {
        for (Edge e : d.edgesIn()) {
          if (!deps.contains(e.from) && filter.test(e)) {
            deps.remove(d);
            changed = true;
            break;
          }
        }
      }
    }
    return deps;
  }

  /**
   * Installs the tree; {@code afterSwap} runs once the new node_modules is in place (the caller
   * writes package-lock.json there) and is rolled back with it if scripts fail.
   */
  public int reify(Node root, String hiddenLockfile, Runnable afterSwap) {
    Path project = root.source;
    recover(project);
    List<Node> nodes = selectNodes(root);
    Path nm = project.resolve("node_modules");
    Path hidden = nm.resolve(".package-lock.json");
    if (upToDate(nm, hidden, hiddenLockfile, nodes)) {
      afterSwap.run();
      return 0;
    }
    Path staging = project.resolve(STAGING);
    Set<Node> reused;
    Thread cleanup = new Thread(() -> ContentCache.deleteTree(staging));
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Files.createDirectories(staging);
      reused = fetchAndExtract(root, nodes, staging, oldEntries(hidden));
      org.node4j.pm.util.Timing.mark("fetched and extracted " + nodes.size() + " (" + reused.size() + " reused)");
      for (Node n : nodes) {
        Path dir = dirFor(n, staging, project);
        Map<String, Object> pkg = n.link ? n.pkg : diskPkg(dir, n.pkg);
        BinLinks.link(pkg, dir, dir.getParent());
      }
      if (!nodes.isEmpty() || Files.exists(nm)) {
        Files.writeString(staging.resolve(".package-lock.json"), hiddenLockfile);
      }
      org.node4j.pm.util.Timing.mark("bins linked");
      swap(project, staging, nodes.isEmpty() && !Files.exists(nm));
    } catch (IOException e) {
      ContentCache.deleteTree(staging);
      throw new PmException("EIO", "install failed: " + e.getMessage());
    } catch (RuntimeException e) {
      ContentCache.deleteTree(staging);
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running already
      }
    }
    try {
      List<Node> changed = new ArrayList<>(nodes);
      changed.removeAll(reused);
      runDependencyScripts(changed, project);
      afterSwap.run();
    } catch (RuntimeException e) {
      rollback(project);
      throw e;
    }
    ContentCache.deleteTree(project.resolve(OLD));
    return nodes.size();
  }

  /** Same hidden lockfile and every folder present: nothing to do (npm's "up to date"). */
  private static boolean upToDate(Path nm, Path hidden, String want, List<Node> nodes) {
    try {
      if (!Files.isRegularFile(hidden) || !Files.readString(hidden).equals(want)) return false;
    } catch (IOException e) {
      return false;
    }
    for (Node n : nodes) {
      if (!Files.exists(nm.getParent().resolve(n.location()).resolve("package.json"))) return false;
    }
    return true;
  }

  /**
   * Where a node is built: inside staging when it lives in the project's node_modules, else
   * (dependencies of linked workspaces) directly in the link target's own node_modules.
   */
  static Path dirFor(Node n, Path staging, Path project) {
    String loc = n.location();
    return loc.startsWith("node_modules/") ? staging.resolve(rel(n)) : project.resolve(loc);
  }

  /** Path of a node below node_modules: "a/node_modules/b" for "node_modules/a/node_modules/b". */
  static String rel(Node n) {
    String loc = n.location();
    return loc.substring("node_modules/".length());
  }

  /** The previous install's hidden lockfile entries by location (empty when there is none). */
  private static Map<String, Object> oldEntries(Path hidden) {
    try {
      if (!Files.isRegularFile(hidden)) return Map.of();
      Map<String, Object> pk = Json.obj(Json.parseObject(Files.readString(hidden)).get("packages"));
      return pk == null ? Map.of() : pk;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** Same package at the same place last time (per the hidden lockfile), and still on disk. */
  private static Path reusable(Node n, Path project, Map<String, Object> old) {
    Map<String, Object> m = Json.obj(old.get(n.location()));
    if (m == null || n.link || Boolean.TRUE.equals(m.get("link")) || !n.location().startsWith("node_modules/")) return null;
    // A bundler's folder includes its bundled node_modules, which reuse (node_modules skipped) would lose.
    if (!ManifestSource.bundled(n).isEmpty()) return null;
    if (n.version == null || !n.version.equals(m.get("version"))) return null;
    boolean same = n.integrity != null ? n.integrity.equals(m.get("integrity"))
        : n.resolved != null && n.resolved.equals(m.get("resolved"));
    if (!same) return null;
    Path dir = project.resolve(n.location());
    return Files.isRegularFile(dir.resolve("package.json")) ? dir : null;
  }

  /**
   * Rebuilds a package folder in staging from hard links to the previous install's files: no
   * download, no gunzip, and the old node_modules stays whole until the swap (for rollback).
   * Nested node_modules are not carried over: they are placed by their own nodes.
   */
  static void linkTree(Path from, Path to) throws IOException {
    linkTree(from, to, false);
  }

  /** With {@code whole} the package's own node_modules (bundled files) is linked too. */
  static void linkTree(Path from, Path to, boolean whole) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path rel = from.relativize(p);
        if (!whole && rel.getNameCount() > 0 && rel.getName(0).toString().equals("node_modules")) continue;
        Path t = to.resolve(rel.toString());
        if (Files.isSymbolicLink(p)) continue;
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.createLink(t, p);
      }
    }
  }

  /** Also removes what {@link #linkTree} made, but never nested node_modules (other nodes' folders). */
  static void unlinkTree(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
    try (var list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        if (!p.getFileName().toString().equals("node_modules")) ContentCache.deleteTree(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fills staging: unchanged folders are hard-linked from the previous install, links are made,
   * everything else is fetched (in parallel) and unpacked. Returns the nodes that were reused,
   * whose install scripts already ran when they were first installed.
   */
  private Set<Node> fetchAndExtract(Node root, List<Node> nodes, Path staging, Map<String, Object> old) throws IOException {
    List<CompletableFuture<Void>> jobs = new ArrayList<>();
    Set<Node> reused = java.util.concurrent.ConcurrentHashMap.newKeySet();
    for (Node n : nodes) {
      if (n.inBundle) continue; // unpacked with the package that bundles it
      Path dir = dirFor(n, staging, root.source);
      Path prev = reusable(n, root.source, old);
      if (prev != null) {
        jobs.add(CompletableFuture.runAsync(() -> {
          try {
            linkTree(prev, dir);
            reused.add(n);
            return;
          } catch (IOException e) {
            // e.g. a file system without hard links: extract instead. The partial links go first,
            // so that unpacking can never write through them into the previous install.
            unlinkTree(dir);
          }
          linkOrExtract(null, dir, null, n, root);
        }, IO));
        continue;
      }
      if (n.link) {
        Files.createDirectories(dir.getParent());
        Path target = n.source;
        Path finalDir = root.source.resolve(n.location());
        Files.createSymbolicLink(dir, finalDir.getParent().relativize(target));
        continue;
      }
      jobs.add(fetchInto(root, n, dir));
    }
    try {
      CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).join();
    } catch (RuntimeException e) {
      throw RegistryClient.unwrap(e);
    }
    return reused;
  }

  private static final java.util.concurrent.ExecutorService IO = org.node4j.pm.cache.UnpackedStore.IO;

  /** Fills a package folder: from the unpacked store by hard links when possible, else by unpacking. */
  private CompletableFuture<Void> fetchInto(Node root, Node n, Path dir) {
    Integrity integ = integrity(n);
    if (!useStore(n) || integ == null) {
      return tarballAsync(root, n).thenAcceptAsync(b -> TarExtractor.extract(b, dir), IO);
    }
    return registry.store().ensure(integ, () -> tarballAsync(root, n))
        .thenAcceptAsync(stored -> linkOrExtract(stored, dir, null, n, root), IO);
  }

  private static Integrity integrity(Node n) {
    return n.integrity == null ? null : Integrity.parse(n.integrity);
  }

  /** The verified tarball: a local file for file: specs, else the cache or the registry. */
  private CompletableFuture<byte[]> tarballAsync(Node root, Node n) {
    Integrity integ = integrity(n);
    String label = n.packageName + "@" + n.version;
    if (n.resolved != null && n.resolved.startsWith("file:") || GitSpec.isGitResolved(n.resolved)) {
      return CompletableFuture.supplyAsync(() -> tarball(root, n), IO);
    }
    return registry.tarballAsync(n.resolved != null ? n.resolved : defaultTarballUrl(n), integ, label);
  }

  /** Runs on an IO thread; never waits for other IO jobs (so the pool cannot starve). */
  private void linkOrExtract(Path stored, Path dir, byte[] tgz, Node n, Node root) {
    if (stored != null && linksWork && Files.isDirectory(stored)) {
      try {
        linkTree(stored, dir, true);
        return;
      } catch (IOException e) {
        linksWork = false; // another file system, or no hard links: stop trying
        unlinkTree(dir);
      }
    }
    TarExtractor.extract(tgz != null ? tgz : tarball(root, n), dir);
  }

  /** The verified tarball, fetched on this thread: a local file, a git checkout, the cache or the registry. */
  private byte[] tarball(Node root, Node n) {
    Integrity integ = integrity(n);
    String label = n.packageName + "@" + n.version;
    if (n.resolved != null && n.resolved.startsWith("file:")) {
      return readLocal(root.source.resolve(n.resolved.substring(5)).normalize(), integ, label);
    }
    if (GitSpec.isGitResolved(n.resolved)) return registry.git().tarball(n.resolved, label);
    return registry.tarball(n.resolved != null ? n.resolved : defaultTarballUrl(n), integ, label);
  }

  private volatile boolean linksWork = true;

  /**
   * Whether a package's files may be hard links into the cache: not when its install scripts
   * will run (they could modify files in place, and so the cache), nor when the user asked for
   * copies ({@code package-import-method=copy}).
   */
  private boolean useStore(Node n) {
    if (!opts.linkFromCache) return false;
    return opts.ignoreScripts || !opts.trusted.contains(n.packageName);
  }

  private static byte[] readLocal(Path f, Integrity integ, String label) {
    try {
      byte[] b = Files.readAllBytes(f);
      if (integ != null && !integ.isEmpty()) integ.check(b, label);
      return b;
    } catch (IOException e) {
      throw new PmException("ENOENT", "could not read " + f + " for " + label);
    }
  }

  /** With omit-lockfile-registry-resolved the lockfile has no URL: use the registry's layout. */
  private String defaultTarballUrl(Node n) {
    String base = n.packageName.substring(n.packageName.indexOf('/') + 1);
    return registry.packumentUrl(n.packageName).replace("%2f", "/") + "/-/" + base + "-" + n.version + ".tgz";
  }

  private static Map<String, Object> diskPkg(Path dir, Map<String, Object> dflt) {
    try {
      return ManifestSource.readPackageJson(dir);
    } catch (PmException e) {
      return dflt;
    }
  }

  private static void swap(Path project, Path staging, boolean nothing) throws IOException {
    Path nm = project.resolve("node_modules"), old = project.resolve(OLD);
    if (nothing) {
      ContentCache.deleteTree(staging);
      return;
    }
    if (Files.exists(nm, LinkOption.NOFOLLOW_LINKS)) Files.move(nm, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(staging, nm, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void rollback(Path project) {
    Path nm = project.resolve("node_modules"), old = project.resolve(OLD);
    ContentCache.deleteTree(nm);
    try {
      if (Files.isDirectory(old)) Files.move(old, nm, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Install scripts of packages listed in trustedDependencies, deepest packages first. */
  private void runDependencyScripts(List<Node> nodes, Path project) {
    if (opts.ignoreScripts) return;
    List<Node> order = new ArrayList<>(nodes);
    order.sort(Comparator.comparingInt(Node::depth).reversed());
    for (Node n : order) {
      Path dir = project.resolve(n.location());
      Map<String, Object> pkg = diskPkg(dir, n.pkg);
      Map<String, Object> scripts = Json.obj(pkg.get("scripts"));
      if (scripts == null) continue;
      boolean has = scripts.containsKey("preinstall") || scripts.containsKey("install")
          || scripts.containsKey("postinstall");
      if (!has) continue;
      if (!opts.trusted.contains(n.packageName)) {
        opts.warn.accept("skipped install scripts of " + n.packageName + "@" + n.version
            + " (not in trustedDependencies)");
        continue;
      }
      for (String ev : List.of("preinstall", "install", "postinstall")) {
        int code = Scripts.run(dir, pkg, ev, List.of(), opts.env, project);
        if (code != 0) {
          throw new PmException("ELIFECYCLE", n.packageName + "@" + n.version + " " + ev
              + ": script failed with exit code " + code, "command failed: " + Json.str(scripts.get(ev)));
        }
      }
    }
  }
}
