package org.node4j.pm.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.ContentCache;
import org.node4j.pm.config.NpmConfig;
import org.node4j.pm.install.ActualTree;
import org.node4j.pm.install.Project;
import org.node4j.pm.install.Scripts;
import org.node4j.pm.json.Json;
import org.node4j.pm.resolve.Node;

/** One method per npm command; each returns the process exit code. */
final class Commands implements AutoCloseable {
  static final String USAGE = """
      npm4j <command>

      Usage:

      npm4j install                 install all the dependencies in your project
      npm4j install <foo>           add the <foo> dependency to your project (-D, -O, -E, --save-peer)
      npm4j ci                      install exactly what package-lock.json says
      npm4j uninstall <foo>         remove a dependency
      npm4j run <script> [-- args]  run a package script
      npm4j exec <pkg> [-- args]    run a package's bin (installed into the cache if missing)
      npm4j ls [--all|--depth=N]    list installed packages
      npm4j update [<foo>]          update packages to the newest versions package.json allows
      npm4j outdated                show direct dependencies with newer versions
      npm4j why <foo>               explain why a package is installed
      npm4j pack [--dry-run]        create a tarball of the package
      npm4j publish [--tag t]       publish the package to the registry
      npm4j init [-y]               create a package.json
      npm4j audit [--json]          report known vulnerabilities (the registry's bulk advisories)
      npm4j cache clean|verify      manage the package cache
      npm4j config get|set|list     read and write npm configuration""";

  private final Main.Args a;
  private final Path cwd;
  private final Map<String, String> env;
  private final PrintStream out, err;
  private final NpmConfig cfg;
  private final Path project;

  Commands(Main.Args a, Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
    this.a = a;
    this.cwd = cwd;
    this.env = env;
    this.out = out;
    this.err = err;
    Map<String, String> cli = new LinkedHashMap<>(a.flags());
    if (cli.containsKey("prefix")) this.project = cwd.resolve(cli.get("prefix")).normalize();
    else this.project = Project.findRoot(cwd);
    cli.put("npm-command", a.words().get(0));
    this.cfg = NpmConfig.load(project, cli, env);
  }

  int dispatch() {
    String cmd = a.words().get(0);
    List<String> args = a.words().subList(1, a.words().size());
    return switch (cmd) {
      case "install", "i", "add", "in", "isntall" -> install(args);
      case "ci", "clean-install" -> ci();
      case "uninstall", "remove", "rm", "r", "un", "unlink" -> remove(args);
      case "ls", "list", "ll", "la" -> ls(cmd);
      case "run", "run-script", "rum", "urn" -> runScript(args);
      case "test", "t", "start", "stop", "restart" -> runScript(prepend(cmd.equals("t") ? "test" : cmd, args));
      case "exec", "x" -> exec(args);
      case "pack" -> pack(false);
      case "publish" -> pack(true);
      case "why", "explain" -> Inspect.why(ActualTree.load(project, project().readPkg()), args, out);
      case "outdated" -> Inspect.outdated(ActualTree.load(project, project().readPkg()), project().registry(),
          cfg.get("node-version", "24.11.1").replaceFirst("^v", ""), out);
      case "update", "up", "upgrade" -> {
        Project p = project();
        summary(withProgress(p, () -> p.update(args)));
        yield 0;
      }
      case "init", "create" -> init();
      case "cache" -> cache(args);
      case "audit" -> audit(args);
      case "config", "c" -> config(args);
      default -> throw new PmException("EUNKNOWNCOMMAND", "Unknown command: \"" + cmd + "\"",
          "To see a list of supported npm commands, run:\n  npm4j help");
    };
  }

  /** npm audit on the locked tree (ENOLOCK without a lockfile, like npm). */
  private int audit(List<String> args) {
    if (!args.isEmpty() && args.get(0).equals("fix")) {
      throw new PmException("EUNSUPPORTED", "npm4j audit fix is not supported yet");
    }
    if (!args.isEmpty() && !args.get(0).equals("signatures")) {
      throw new PmException("EUSAGE", "Unknown audit subcommand: " + args.get(0));
    }
    if (!args.isEmpty()) throw new PmException("EUNSUPPORTED", "npm4j audit signatures is not supported yet");
    Project p = project();
    Map<String, Object> pkg = p.readPkg();
    Node root = p.loadLockTree(pkg);
    if (root == null) {
      throw new PmException("ENOLOCK", "audit This command requires an existing lockfile.",
          "Try creating one first with: npm i --package-lock-only\n"
              + "Original error: loadVirtual requires existing shrinkwrap file");
    }
    org.node4j.pm.resolve.Flags.calc(root);
    java.util.Set<String> omit = new java.util.HashSet<>();
    String o = cfg.get("omit");
    if (o != null) for (String x : o.split("[\\s,]+")) if (!x.isEmpty()) omit.add(x);
    if (cfg.flag("production", false)) omit.add("dev");
    return Audit.run(root, p.registry(), omit, cfg.flag("json", false), cfg.get("audit-level"), out, err);
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> l = new ArrayList<>();
    l.add(first);
    l.addAll(rest);
    return l;
  }

  private void warn(String msg) { err.println("npm warn " + msg); }

  private Project project() { return open(project); }

  /** Every project a command opens is closed when the command ends ({@link #close}). */
  private final List<Project> opened = new ArrayList<>();

  private Project open(Path dir) {
    Project p = new Project(dir, cfg, this::warn);
    opened.add(p);
    return p;
  }

  @Override
  public void close() {
    for (Project p : opened) p.close();
  }

  private int install(List<String> args) {
    if (cfg.flag("global", false)) throw new PmException("EUNSUPPORTED", "global installs are not supported yet");
    String type = cfg.flag("save-dev", false) ? "devDependencies"
        : cfg.flag("save-optional", false) ? "optionalDependencies"
        : cfg.flag("save-peer", false) ? "peerDependencies" : "dependencies";
    Project p = project();
    summary(withProgress(p, () -> p.install(args, type)));
    if (args.isEmpty() && !cfg.flag("ignore-scripts", false)) {
      Map<String, Object> pkg = p.readPkg();
      for (String ev : List.of("preinstall", "install", "postinstall", "preprepare", "prepare", "postprepare")) {
        int code = Scripts.run(project, pkg, ev, List.of(), env, cwd);
        if (code != 0) throw lifecycle(pkg, ev, code);
      }
    }
    return 0;
  }

  /** Runs an install-like step with a progress line on a terminal. */
  private Project.Result withProgress(Project p, java.util.function.Supplier<Project.Result> step) {
    try (Progress bar = Progress.start(err, Progress.terminal(err), () -> p.registry().progress())) {
      return step.get();
    }
  }

  private void summary(Project.Result r) {
    double s = r.millis() / 1000.0;
    String t = s < 1 ? r.millis() + "ms" : String.format("%.0fs", s);
    if (r.added() == 0) out.println("\nup to date in " + t);
    else out.println("\nadded " + r.added() + " package" + (r.added() == 1 ? "" : "s") + " in " + t);
  }

  private int ci() {
    Project p = project();
    summary(withProgress(p, p::ci));
    return 0;
  }

  private int remove(List<String> args) {
    if (args.isEmpty()) throw new PmException("EUSAGE", "Must provide a package name to remove");
    Project.Result r = project().remove(args);
    out.println("\nremoved packages in " + r.millis() + "ms");
    return 0;
  }

  private int ls(String cmd) {
    Map<String, Object> pkg = project().readPkg();
    Node root = ActualTree.load(project, pkg);
    int depth = cfg.flag("all", false) || cmd.equals("ll") || cmd.equals("la") ? Integer.MAX_VALUE
        : cfg.integer("depth", 0);
    List<String> problems = new Ls(depth, out).print(root);
    if (!problems.isEmpty()) {
      Main.printError(err, "ELSPROBLEMS", String.join("\n", problems), null);
      return 1;
    }
    return 0;
  }

  private int runScript(List<String> args) {
    Map<String, Object> pkg = project().readPkg();
    Map<String, Object> scripts = Json.obj(pkg.get("scripts"));
    if (args.isEmpty()) {
      if (scripts == null || scripts.isEmpty()) return 0;
      out.println("Scripts available in " + pkg.get("name") + "@" + pkg.get("version") + " via `npm4j run-script`:");
      scripts.forEach((k, v) -> out.println("  " + k + "\n    " + v));
      return 0;
    }
    String event = args.get(0);
    List<String> extra = new ArrayList<>(args.subList(1, args.size()));
    extra.addAll(a.rest());
    if (scripts == null || !scripts.containsKey(event)) {
      if (event.equals("start") && Files.isRegularFile(project.resolve("server.js"))) {
        scripts = new LinkedHashMap<>(scripts == null ? Map.of() : scripts);
        scripts.put("start", "node server.js");
        pkg.put("scripts", scripts);
      } else if (event.equals("restart")) {
        return runAll(pkg, List.of("stop", "start"), extra);
      } else {
        throw new PmException(null, "Missing script: \"" + event + "\"",
            "\nTo see a list of scripts, run:\n  npm4j run");
      }
    }
    return runAll(pkg, List.of(event), extra);
  }

  private int runAll(Map<String, Object> pkg, List<String> events, List<String> extra) {
    boolean ignore = cfg.flag("ignore-scripts", false);
    for (String event : events) {
      List<String> order = ignore ? List.of(event) : List.of("pre" + event, event, "post" + event);
      for (String ev : order) {
        int code = Scripts.run(project, pkg, ev, ev.equals(event) ? extra : List.of(), env, cwd);
        if (code != 0) throw lifecycle(pkg, ev, code);
      }
    }
    return 0;
  }

  private PmException lifecycle(Map<String, Object> pkg, String ev, int code) {
    Map<String, Object> scripts = Json.obj(pkg.get("scripts"));
    return new PmException(null, "Lifecycle script `" + ev + "` failed with error:",
        "code " + code + "\npath " + project + "\ncommand failed\ncommand sh -c "
            + (scripts == null ? "" : scripts.get(ev)));
  }

  /** npm pack / npm publish (which packs first), with their lifecycle scripts. */
  private int pack(boolean publish) {
    Map<String, Object> pkg = project().readPkg();
    if (publish) org.node4j.pm.pack.Publisher.validate(pkg);
    boolean dry = cfg.flag("dry-run", false);
    boolean scripts = !cfg.flag("ignore-scripts", false);
    List<String> before = publish ? List.of("prepublishOnly", "prepack", "prepare") : List.of("prepack", "prepare");
    if (scripts && !dry) runEvents(pkg, before);
    pkg = project().readPkg();
    List<String> files = org.node4j.pm.pack.Packer.files(project, pkg);
    byte[] tgz = org.node4j.pm.pack.Packer.tarball(project, files);
    String name = Json.str(pkg.get("name")), version = Json.str(pkg.get("version"));
    String filename = org.node4j.pm.pack.Packer.filename(name, version);
    long unpacked = 0;
    err.println("npm notice");
    err.println("npm notice \uD83D\uDCE6  " + name + "@" + version);
    err.println("npm notice Tarball Contents");
    for (String f : files) {
      long size = project.resolve(f).toFile().length();
      unpacked += size;
      err.println("npm notice " + bytes(size, false) + " " + f);
    }
    err.println("npm notice Tarball Details");
    err.println("npm notice name: " + name);
    err.println("npm notice version: " + version);
    err.println("npm notice filename: " + filename);
    err.println("npm notice package size: " + bytes(tgz.length, true));
    err.println("npm notice unpacked size: " + bytes(unpacked, true));
    err.println("npm notice shasum: " + org.node4j.pm.cache.Integrity.hex("sha1", tgz));
    String integ = org.node4j.pm.cache.Integrity.of("sha512", tgz).toString();
    err.println("npm notice integrity: " + integ.substring(0, 20) + "[...]" + integ.substring(80));
    err.println("npm notice total files: " + files.size());
    err.println("npm notice");
    if (!publish) {
      if (!dry) {
        Path dest = cwd.resolve(cfg.get("pack-destination", ".")).resolve(filename);
        try {
          Files.write(dest, tgz);
        } catch (java.io.IOException e) {
          throw new PmException("EIO", "could not write " + dest + ": " + e.getMessage());
        }
      }
      out.println(filename);
      if (scripts && !dry) runEvents(pkg, List.of("postpack"));
      return 0;
    }
    if (scripts && !dry) runEvents(pkg, List.of("postpack"));
    String registry = org.node4j.pm.pack.Publisher.registry(cfg, pkg);
    String tag = cfg.get("tag", "latest");
    err.println("npm notice Publishing to " + registry + " with tag " + tag + " and default access"
        + (dry ? " (dry-run)" : ""));
    if (!dry) {
      var doc = org.node4j.pm.pack.Publisher.document(pkg, tgz, registry, tag);
      org.node4j.pm.pack.Publisher.publish(project().registry(), registry, doc);
      if (scripts) runEvents(pkg, List.of("publish", "postpublish"));
    }
    out.println("+ " + name + "@" + version);
    return 0;
  }

  private void runEvents(Map<String, Object> pkg, List<String> events) {
    for (String ev : events) {
      int code = Scripts.run(project, pkg, ev, List.of(), env, cwd);
      if (code != 0) throw lifecycle(pkg, ev, code);
    }
  }

  /** npm's formatBytes: 1000-based, one decimal, with or without a space before the unit. */
  static String bytes(long n, boolean space) {
    String sp = space ? " " : "";
    if (n < 1000) return n + sp + "B";
    if (n < 1_000_000) return String.format(java.util.Locale.ROOT, "%.1f%skB", n / 1000.0, sp);
    return String.format(java.util.Locale.ROOT, "%.1f%sMB", n / 1_000_000.0, sp);
  }

  /**
   * {@code npm exec} / {@code npx}: a bin from the project's node_modules/.bin, else the package
   * named by the first word (or --package) installed into {cache}/_npx/HASH and its bin run
   * with that folder's .bin first on PATH.
   */
  private int exec(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(a.rest());
    String pkgSpec = cfg.get("package");
    if (all.isEmpty() && pkgSpec == null) throw new PmException("EUSAGE", "npm4j exec needs a command to run");
    Map<String, String> runEnv = env;
    if (pkgSpec != null || !Files.isExecutable(project.resolve("node_modules/.bin").resolve(all.get(0)))) {
      String spec = pkgSpec != null ? pkgSpec : all.get(0);
      Path dir = npxInstall(spec);
      String bin = pkgSpec != null && !all.isEmpty() ? all.get(0) : npxBin(dir, spec);
      if (all.isEmpty() || pkgSpec == null) {
        if (!all.isEmpty()) all.remove(0);
        all.add(0, bin);
      }
      runEnv = new LinkedHashMap<>(env);
      String path = env.getOrDefault("PATH", "");
      runEnv.put("PATH", dir.resolve("node_modules/.bin") + (path.isEmpty() ? "" : java.io.File.pathSeparator + path));
    }
    Map<String, Object> pkg = Files.isRegularFile(project.resolve("package.json")) ? project().readPkg() : Map.of();
    Map<String, Object> fake = new LinkedHashMap<>(pkg);
    StringBuilder cmd = new StringBuilder();
    for (String s : all) cmd.append(cmd.isEmpty() ? "" : " ").append(quote(s));
    fake.put("scripts", Map.of("npx", cmd.toString()));
    return Scripts.run(project, fake, "npx", List.of(), runEnv, cwd);
  }

  /** Installs a spec into its own folder under {cache}/_npx (reused when already there). */
  private Path npxInstall(String spec) {
    String[] ns = org.node4j.pm.resolve.Spec.splitArg(spec);
    String key = java.util.HexFormat.of().formatHex(org.node4j.pm.cache.Integrity.digest("sha512",
        spec.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
    Path dir = Project.cacheDir(cfg).getParent().resolve("_npx").resolve(key);
    if (ns[0] != null && Files.isRegularFile(dir.resolve("node_modules").resolve(ns[0]).resolve("package.json"))) {
      return dir;
    }
    try {
      Files.createDirectories(dir);
      if (!Files.exists(dir.resolve("package.json"))) Files.writeString(dir.resolve("package.json"), "{}\n");
    } catch (java.io.IOException e) {
      throw new PmException("EIO", "could not create " + dir + ": " + e.getMessage());
    }
    if (!cfg.flag("yes", true)) {
      throw new PmException("ECANCELED", "npx canceled due to missing packages and no YES option: [\"" + spec + "\"]");
    }
    warn("exec The following package was not found and will be installed: " + spec);
    open(dir).install(List.of(spec), "dependencies");
    return dir;
  }

  /** npm's rule: the package's only bin, else the bin named like the package (without scope). */
  private static String npxBin(Path dir, String spec) {
    Map<String, Object> deps;
    try {
      deps = Json.obj(Json.parseObject(Files.readString(dir.resolve("package.json"))).get("dependencies"));
    } catch (java.io.IOException e) {
      deps = null;
    }
    String name = deps == null || deps.isEmpty() ? spec : deps.keySet().iterator().next();
    Map<String, Object> pj = org.node4j.pm.resolve.ManifestSource.readPackageJson(dir.resolve("node_modules").resolve(name));
    String base = name.substring(name.indexOf('/') + 1);
    Object bin = pj.get("bin");
    if (bin instanceof String) return base;
    Map<String, Object> bins = Json.obj(bin);
    if (bins != null && bins.size() == 1) return bins.keySet().iterator().next();
    if (bins != null && bins.containsKey(base)) return base;
    throw new PmException("ENOENT", "could not determine executable to run", name + " has no single bin and none named " + base);
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./=:@%+-]+") ? s : "'" + s.replace("'", "'\"'\"'") + "'";
  }

  private int init() {
    Path f = cwd.resolve("package.json");
    Map<String, Object> pkg = Files.isRegularFile(f) ? project().readPkg() : new LinkedHashMap<>();
    pkg.putIfAbsent("name", cwd.getFileName().toString().toLowerCase().replaceAll("[^a-z0-9._~-]", "-"));
    pkg.putIfAbsent("version", cfg.get("init-version", "1.0.0"));
    pkg.putIfAbsent("description", "");
    pkg.putIfAbsent("main", "index.js");
    pkg.putIfAbsent("scripts", new LinkedHashMap<>(Map.of("test", "echo \"Error: no test specified\" && exit 1")));
    pkg.putIfAbsent("keywords", new ArrayList<>());
    pkg.putIfAbsent("author", cfg.get("init-author-name", ""));
    pkg.putIfAbsent("license", cfg.get("init-license", "ISC"));
    String text = Json.stringify(pkg) + "\n";
    Project.writeAtomic(f, text);
    out.println("Wrote to " + f + ":\n\n" + text);
    return 0;
  }

  private int cache(List<String> args) {
    ContentCache cache = new ContentCache(Project.cacheDir(cfg));
    String sub = args.isEmpty() ? "" : args.get(0);
    switch (sub) {
      case "clean", "clear", "rm" -> {
        if (!cfg.flag("force", false)) {
          throw new PmException("EFORCE", "As of npm@5, the npm cache self-heals from corruption issues",
              "by treating integrity mismatches as cache misses. If you want to make npm4j start fresh,\n"
                  + "use `npm4j cache clean --force`.");
        }
        cache.clean();
        return 0;
      }
      case "verify" -> {
        ContentCache.VerifyResult r = cache.verify();
        out.println("Cache verified and compressed (" + cache.root() + ")");
        out.println("Content verified: " + r.verified() + " (" + r.bytes() + " bytes)");
        if (r.removed() > 0) out.println("Corrupted content removed: " + r.removed());
        return 0;
      }
      default -> throw new PmException("EUSAGE", "Usage: npm4j cache clean --force | npm4j cache verify");
    }
  }

  private int config(List<String> args) {
    String sub = args.isEmpty() ? "list" : args.get(0);
    switch (sub) {
      case "get" -> {
        for (String k : args.subList(1, args.size())) {
          String v = k.equals("registry") ? cfg.registry() : cfg.get(k);
          out.println(v == null ? "undefined" : v);
        }
        return 0;
      }
      case "set" -> {
        Path rc = cfg.flag("location", false) && "project".equals(cfg.get("location")) ? project.resolve(".npmrc")
            : userRc();
        Map<String, String> vals = new LinkedHashMap<>();
        try {
          if (Files.isRegularFile(rc)) vals = NpmConfig.parseIni(Files.readString(rc), Map.of());
        } catch (java.io.IOException e) {
          throw new PmException("EIO", e.getMessage());
        }
        for (String kv : args.subList(1, args.size())) {
          int eq = kv.indexOf('=');
          if (eq < 0) throw new PmException("EUSAGE", "Usage: npm4j config set <key>=<value>");
          vals.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        StringBuilder b = new StringBuilder();
        vals.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        Project.writeAtomic(rc, b.toString());
        return 0;
      }
      case "list", "ls" -> {
        for (NpmConfig.Layer l : cfg.layers()) {
          if (l.values().isEmpty() || l.name().equals("cli")) continue;
          out.println("; \"" + l.name() + "\" config from " + (l.file() == null ? "environment" : l.file()));
          out.println();
          l.values().forEach((k, v) -> out.println(k + " = " + (k.contains("_auth") || k.contains("_password")
              ? "(protected)" : Json.stringifyCompact(v))));
          out.println();
        }
        return 0;
      }
      default -> throw new PmException("EUSAGE", "Usage: npm4j config get|set|list");
    }
  }

  private Path userRc() {
    String u = cfg.get("userconfig");
    return u != null ? Path.of(u) : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".npmrc");
  }
}
