package org.node4j.pm.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.ContentCache;
import org.node4j.pm.config.NpmConfig;
import org.node4j.pm.json.Json;
import org.node4j.pm.lock.Lockfile;
import org.node4j.pm.registry.RegistryClient;
import org.node4j.pm.resolve.Edge;
import org.node4j.pm.resolve.Edges;
import org.node4j.pm.resolve.IdealTree;
import org.node4j.pm.resolve.ManifestSource;
import org.node4j.pm.resolve.Node;
import org.node4j.pm.resolve.Spec;

/**
 * A project directory and the install-family commands on it (install/add, remove, ci).
 * package.json, package-lock.json and node_modules are only changed after a tree was fully
 * resolved and built.
 */
public final class Project {
  public final Path dir;
  public final NpmConfig cfg;
  private final Consumer<String> warn;
  private RegistryClient registry;

  public Project(Path dir, NpmConfig cfg, Consumer<String> warn) {
    this.dir = dir;
    this.cfg = cfg;
    this.warn = warn;
  }

  /** npm's prefix: the nearest ancestor holding package.json (else the directory itself). */
  public static Path findRoot(Path cwd) {
    for (Path p = cwd.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("package.json"))) return p;
    }
    return cwd.toAbsolutePath().normalize();
  }

  public RegistryClient registry() {
    if (registry == null) {
      RegistryClient.Mode mode = cfg.flag("offline", false) ? RegistryClient.Mode.OFFLINE
          : cfg.flag("prefer-offline", false) ? RegistryClient.Mode.PREFER_OFFLINE : RegistryClient.Mode.ONLINE;
      registry = new RegistryClient(cfg, new ContentCache(cacheDir(cfg)), mode);
      registry.git().preparer(this::prepareGitDependency);
    }
    return registry;
  }

  /**
   * npm runs a git dependency's prepare script (after installing its dependencies) before packing
   * it; like every dependency script here, only for packages the project trusts.
   */
  private void prepareGitDependency(Path checkout, Map<String, Object> gitPkg) {
    Map<String, Object> scripts = Json.obj(gitPkg.get("scripts"));
    if (scripts == null || !scripts.containsKey("prepare")) return;
    String name = String.valueOf(gitPkg.get("name"));
    if (cfg.flag("ignore-scripts", false) || !trusted(readPkg()).contains(name)) {
      warn.accept("git dependency " + name + " has a prepare script that was not run"
          + (cfg.flag("ignore-scripts", false) ? " (--ignore-scripts)" : " (not in trustedDependencies)"));
      return;
    }
    int code = org.node4j.pm.cli.Main.run(new String[] {"install"}, checkout, cfg.env(), System.out, System.err);
    if (code == 0) code = Scripts.run(checkout, gitPkg, "prepare", List.of(), cfg.env(), dir);
    if (code != 0) {
      throw new PmException("ELIFECYCLE", "command failed: prepare of git dependency " + name + " exited with " + code);
    }
  }

  /** Waits for the registry work this project started (see {@link RegistryClient#close}). */
  public void close() {
    if (registry != null) registry.close();
  }

  public static Path cacheDir(NpmConfig cfg) {
    String c = cfg.get("cache");
    Path base = c != null ? Path.of(c) : Path.of(cfg.env().getOrDefault("HOME", System.getProperty("user.home")), ".npm");
    return base.resolve("_npm4j");
  }

  public Map<String, Object> readPkg() {
    if (!Files.isRegularFile(dir.resolve("package.json"))) {
      throw new PmException("ENOENT", "Could not read package.json: Error: ENOENT: no such file or directory, open '"
          + dir.resolve("package.json") + "'");
    }
    return ManifestSource.readPackageJson(dir);
  }

  private String nodeVersion() { return cfg.get("node-version", "24.11.1").replaceFirst("^v", ""); }

  private boolean legacyPeers() { return cfg.flag("legacy-peer-deps", false); }

  /** The tree from package-lock.json (or npm-shrinkwrap.json), or null if there is none. */
  public Node loadLockTree(Map<String, Object> pkg) {
    for (String f : List.of("npm-shrinkwrap.json", "package-lock.json")) {
      Path p = dir.resolve(f);
      if (Files.isRegularFile(p)) {
        try {
          Node root = Lockfile.read(Files.readString(p), dir, pkg, legacyPeers());
          org.node4j.pm.resolve.Overrides.apply(root, legacyPeers());
          return root;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return null;
  }

  public record Result(int added, Node tree, long millis) {}

  /**
   * {@code npm install [specs]}. saveType: "dependencies", "devDependencies",
   * "optionalDependencies" or "peerDependencies".
   */
  public Result install(List<String> args, String saveType) {
    long t0 = System.currentTimeMillis();
    if (!Files.isRegularFile(dir.resolve("package.json")) && !args.isEmpty()) {
      writeAtomic(dir.resolve("package.json"), "{}\n");
    }
    Map<String, Object> pkg = readPkg();
    Map<String, String[]> requested = new LinkedHashMap<>();
    ManifestSource source = new ManifestSource(registry(), dir, nodeVersion());
    for (String a : args) {
      String[] ns = Spec.splitArg(a);
      if (ns[0] == null) {
        Node n = source.nodeFor(Spec.parse("", ns[1]), dir);
        ns = new String[] {n.packageName, ns[1]};
      }
      if (!Spec.validName(ns[0])) throw new PmException("EINVALIDPACKAGENAME", "Invalid package name \"" + ns[0] + "\"");
      requested.put(ns[0], ns);
      for (String t : List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")) {
        if (!t.equals(saveType) && !(t.equals("devDependencies") && saveType.equals("peerDependencies"))) {
          Map<String, Object> m = Json.obj(pkg.get(t));
          if (m != null) m.remove(ns[0]);
        }
      }
      depMap(pkg, saveType).put(ns[0], ns[1].isEmpty() ? "*" : ns[1]);
      if (saveType.equals("peerDependencies")) depMap(pkg, "devDependencies").put(ns[0], ns[1].isEmpty() ? "*" : ns[1]);
    }
    org.node4j.pm.util.Timing.mark("start install");
    Node root = buildTree(pkg, requested.keySet(), source);
    org.node4j.pm.util.Timing.mark("ideal tree built");
    if (!requested.isEmpty()) saveSpecs(pkg, root, requested, saveType);
    return finish(root, pkg, !requested.isEmpty(), t0);
  }

  private Node buildTree(Map<String, Object> pkg, Set<String> explicit, ManifestSource source) {
    Node root = loadLockTree(pkg);
    org.node4j.pm.util.Timing.mark("lockfile loaded");
    if (root == null) {
      root = Node.root(dir, pkg);
      Edges.load(root, true, legacyPeers());
    }
    new IdealTree(root, source, legacyPeers(), cfg.flag("force", false), explicit, warn).build();
    return root;
  }

  /** Writes back what was asked for: ^version (save-prefix) for tags and bare names. */
  private void saveSpecs(Map<String, Object> pkg, Node root, Map<String, String[]> requested, String saveType) {
    boolean exact = cfg.flag("save-exact", false);
    String prefix = cfg.get("save-prefix", "^");
    for (String[] ns : requested.values()) {
      Node n = root.children.get(ns[0]);
      if (n == null || n.version == null) continue;
      Spec s;
      try {
        s = Spec.parse(ns[0], ns[1]);
      } catch (PmException e) {
        continue;
      }
      String saved = ns[1];
      if (s.isRegistry() && (exact || s.type() == Spec.Type.TAG || ns[1].isEmpty() || ns[1].equals("*"))) {
        String v = (exact ? "" : prefix) + n.version;
        saved = n.name.equals(n.packageName) ? v : "npm:" + n.packageName + "@" + v;
      } else if (s.type() == Spec.Type.GIT && !ns[1].contains(":")) {
        saved = "github:" + ns[1]; // npm saves the user/repo shortcut in its explicit form
      } else if (s.type() == Spec.Type.DIRECTORY || s.type() == Spec.Type.FILE) {
        saved = ns[1].startsWith("file:") ? ns[1] : "file:" + ns[1];
      }
      depMap(pkg, saveType).put(ns[0], saved);
      if (saveType.equals("peerDependencies")) depMap(pkg, "devDependencies").put(ns[0], saved);
    }
    root.pkg = pkg;
    Edges.load(root, true, legacyPeers());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> depMap(Map<String, Object> pkg, String type) {
    Object m = pkg.get(type);
    if (!(m instanceof Map)) {
      m = new LinkedHashMap<String, Object>();
      pkg.put(type, m);
    }
    return (Map<String, Object>) m;
  }

  /** {@code npm uninstall names...}: removes them from every dependency type, then prunes. */
  public Result remove(List<String> names) {
    long t0 = System.currentTimeMillis();
    Map<String, Object> pkg = readPkg();
    for (String n : names) {
      for (String t : List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")) {
        Map<String, Object> m = Json.obj(pkg.get(t));
        if (m != null) m.remove(n);
      }
    }
    ManifestSource source = new ManifestSource(registry(), dir, nodeVersion());
    Node root = buildTree(pkg, Set.of(), source);
    return finish(root, pkg, true, t0);
  }

  /**
   * {@code npm update [names]}: re-resolves the named packages (all when none) to the newest
   * versions package.json allows. package.json itself is left alone, as in npm.
   */
  public Result update(List<String> names) {
    long t0 = System.currentTimeMillis();
    Map<String, Object> pkg = readPkg();
    ManifestSource source = new ManifestSource(registry(), dir, nodeVersion());
    Node root = loadLockTree(pkg);
    if (root == null || names.isEmpty()) {
      root = Node.root(dir, pkg);
      Edges.load(root, true, legacyPeers());
    } else {
      for (Node n : root.all()) {
        if (!n.isRoot() && names.contains(n.packageName) && n.root() == root) n.detach();
      }
    }
    new IdealTree(root, source, legacyPeers(), cfg.flag("force", false), Set.of(), warn).build();
    return finish(root, pkg, false, t0);
  }

  /** {@code npm ci}: exactly the lockfile, after checking it still matches package.json. */
  public Result ci() {
    long t0 = System.currentTimeMillis();
    Map<String, Object> pkg = readPkg();
    Node root = loadLockTree(pkg);
    if (root == null) {
      throw new PmException("EUSAGE", "The `npm ci` command can only install with an existing package-lock.json or\n"
          + "npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\n"
          + "later to generate a package-lock.json file, then try again.");
    }
    StringBuilder problems = new StringBuilder();
    for (Node n : root.all()) {
      for (Edge e : n.edgesOut.values()) {
        if (e.valid() || e.optional() && e.missing()) continue;
        if (n.isRoot() || !e.peer() || !e.missing()) {
          Node to = e.to();
          problems.append(to == null ? "Missing: " + e.name + "@" + e.spec.raw() + " from lock file\n"
              : "Invalid: lock file's " + to.packageName + "@" + to.version + " does not satisfy " + e.name + "@"
                  + e.spec.raw() + "\n");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PmException("EUSAGE", "`npm ci` can only install packages when your package.json and "
          + "package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` "
          + "before continuing.", problems.toString().strip());
    }
    Reifier.recover(dir);
    ContentCache.deleteTree(dir.resolve("node_modules"));
    return finish(root, pkg, false, t0);
  }

  private Result finish(Node root, Map<String, Object> pkg, boolean savePkg, long t0) {
    org.node4j.pm.resolve.Flags.calc(root);
    boolean omitResolved = cfg.flag("omit-lockfile-registry-resolved", false);
    String lock = Lockfile.write(root, omitResolved);
    String hidden = Lockfile.write(root, false);
    boolean save = cfg.flag("save", true);
    boolean writeLock = cfg.flag("package-lock", true) && save;
    checkEnginesAndDeprecations(root);
    Reifier r = new Reifier(registry(), new Reifier.Options(omitSet(), cfg.flag("ignore-scripts", false),
        trusted(pkg), Platform.current(), cfg.env(), warn, !"copy".equals(cfg.get("package-import-method"))));
    String pkgText = Json.stringify(pkg) + "\n";
    org.node4j.pm.util.Timing.mark("lockfile serialized");
    if (cfg.flag("package-lock-only", false)) {
      // npm's --package-lock-only: resolve and write package.json/package-lock.json, touch nothing else
      if (savePkg && save) writeAtomic(dir.resolve("package.json"), pkgText);
      writeAtomic(dir.resolve("package-lock.json"), lock);
      return new Result(0, root, System.currentTimeMillis() - t0);
    }
    int added = r.reify(root, hidden, () -> {
      if (savePkg && save) writeAtomic(dir.resolve("package.json"), pkgText);
      if (writeLock) writeAtomic(dir.resolve("package-lock.json"), lock);
    });
    org.node4j.pm.util.Timing.mark("reified");
    org.node4j.pm.java.JavaDependencies.install(dir, root, cfg);
    return new Result(added, root, System.currentTimeMillis() - t0);
  }

  /** npm's EBADENGINE (an error with engine-strict) and "deprecated" warnings for fetched nodes. */
  private void checkEnginesAndDeprecations(Node root) {
    boolean strict = cfg.flag("engine-strict", false);
    for (Node n : root.all()) {
      if (n.isRoot() || !n.fetched) continue;
      if (n.pkg.get("deprecated") instanceof String d && !d.isEmpty()) {
        warn.accept("deprecated " + n.packageName + "@" + n.version + ": " + d);
      }
      if (!org.node4j.pm.resolve.PickManifest.engineOk(n.pkg, nodeVersion())) {
        String msg = "Unsupported engine { package: '" + n.packageName + "@" + n.version + "', required: { node: '"
            + Json.obj(n.pkg.get("engines")).get("node") + "' }, current: { node: 'v" + nodeVersion() + "' } }";
        if (strict) throw new PmException("EBADENGINE", msg);
        warn.accept("EBADENGINE " + msg);
      }
    }
  }

  private Set<String> omitSet() {
    Set<String> omit = new HashSet<>();
    String o = cfg.get("omit");
    if (o != null) for (String s : o.split("[\\s,]+")) if (!s.isEmpty()) omit.add(s);
    if (cfg.flag("production", false) || "production".equals(cfg.env().get("NODE_ENV")) && o == null) omit.add("dev");
    String inc = cfg.get("include");
    if (inc != null) for (String s : inc.split("[\\s,]+")) omit.remove(s);
    return omit;
  }

  private static Set<String> trusted(Map<String, Object> pkg) {
    Set<String> t = new LinkedHashSet<>();
    if (pkg.get("trustedDependencies") instanceof List<?> l) for (Object o : l) t.add(String.valueOf(o));
    return t;
  }

  /** Temp file + rename: a reader (or a crash) never sees half a file. */
  public static void writeAtomic(Path f, String text) {
    try {
      Path tmp = Files.createTempFile(f.getParent(), "." + f.getFileName(), ".tmp");
      Files.writeString(tmp, text);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new PmException("EIO", "could not write " + f + ": " + e.getMessage());
    }
  }
}
