package org.node4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a runtime may touch: Node's permission model ({@code node --permission
 * --allow-fs-read=… --allow-fs-write=… --allow-child-process --allow-worker}), plus the
 * network, which Node 24 does not restrict but an embedding program may want to.
 *
 * <p>An fs entry is a file, an existing directory (granting everything under it), a pattern
 * ending in {@code *} (a prefix), or {@code *} alone (everything). Relative entries are taken against
 * the runtime's working directory. Denied operations fail with Node's {@code ERR_ACCESS_DENIED}.
 * Like Node's, this is a seat belt for trusted code, not a sandbox.
 */
public final class Permissions {
  private final List<String> fsRead;
  private final List<String> fsWrite;
  private final boolean childProcess;
  private final boolean worker;
  private final boolean network;

  private Permissions(List<String> fsRead, List<String> fsWrite, boolean childProcess, boolean worker,
      boolean network) {
    this.fsRead = List.copyOf(fsRead);
    this.fsWrite = List.copyOf(fsWrite);
    this.childProcess = childProcess;
    this.worker = worker;
    this.network = network;
  }

  /** Nothing allowed: no file system, child processes, workers or network. */
  public static Permissions restricted() {
    return new Permissions(List.of(), List.of(), false, false, false);
  }

  public Permissions allowFsRead(String... entries) {
    return new Permissions(plus(fsRead, entries), fsWrite, childProcess, worker, network);
  }

  public Permissions allowFsWrite(String... entries) {
    return new Permissions(fsRead, plus(fsWrite, entries), childProcess, worker, network);
  }

  public Permissions allowChildProcess() {
    return new Permissions(fsRead, fsWrite, true, worker, network);
  }

  public Permissions allowWorker() {
    return new Permissions(fsRead, fsWrite, childProcess, true, network);
  }

  /** TCP, UDP and DNS; a node4j addition (Node 24 leaves the network open under --permission). */
  public Permissions allowNetwork() {
    return new Permissions(fsRead, fsWrite, childProcess, worker, true);
  }

  /**
   * The permissions Node's flags in execArgv ask for, or null when {@code --permission} is
   * absent (the model is off). The network stays open, as in Node 24.
   */
  public static Permissions fromExecArgv(List<String> execArgv) {
    if (!execArgv.contains("--permission")) return null;
    Permissions p = restricted().allowNetwork();
    for (int i = 0; i < execArgv.size(); i++) {
      String arg = execArgv.get(i);
      String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
          : i + 1 < execArgv.size() ? execArgv.get(i + 1) : "";
      switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
        case "--allow-fs-read" -> p = p.allowFsRead(value);
        case "--allow-fs-write" -> p = p.allowFsWrite(value);
        case "--allow-child-process" -> p = p.allowChildProcess();
        case "--allow-worker" -> p = p.allowWorker();
        default -> { }
      }
    }
    return p;
  }

  /** The execArgv flags that ask Node for these permissions (the network has no flag in Node 24). */
  public List<String> toExecArgv() {
    List<String> out = new ArrayList<>();
    out.add("--permission");
    for (String e : fsRead) out.add("--allow-fs-read=" + e);
    for (String e : fsWrite) out.add("--allow-fs-write=" + e);
    if (childProcess) out.add("--allow-child-process");
    if (worker) out.add("--allow-worker");
    return out;
  }

  /** These permissions with relative fs entries made absolute against cwd. */
  public Permissions resolvedAgainst(Path cwd) {
    return new Permissions(resolve(fsRead, cwd), resolve(fsWrite, cwd), childProcess, worker, network);
  }

  public boolean canRead(String absolutePath) {
    return matches(fsRead, absolutePath);
  }

  public boolean canWrite(String absolutePath) {
    return matches(fsWrite, absolutePath);
  }

  public boolean childProcess() {
    return childProcess;
  }

  public boolean worker() {
    return worker;
  }

  public boolean network() {
    return network;
  }

  /**
   * Node's {@code process.permission.has(scope, reference)}: without a reference, whether the
   * whole scope is granted; with one, whether that path is.
   */
  public boolean has(String scope, String reference) {
    return switch (scope) {
      case "fs" -> has("fs.read", reference) && has("fs.write", reference);
      case "fs.read" -> reference == null ? fsRead.contains("*") : canRead(reference);
      case "fs.write" -> reference == null ? fsWrite.contains("*") : canWrite(reference);
      case "child" -> childProcess;
      case "worker" -> worker;
      default -> false; // Node 24 has no "net" scope: the network is not part of its model
    };
  }

  /**
   * Node's {@code process.permission.drop(scope, reference)}: without a reference the whole
   * scope goes; with one, only a grant of exactly that path (a grant of its directory stays).
   */
  public Permissions without(String scope, String reference) {
    return switch (scope) {
      case "fs" -> without("fs.read", reference).without("fs.write", reference);
      case "fs.read" -> new Permissions(minus(fsRead, reference), fsWrite, childProcess, worker, network);
      case "fs.write" -> new Permissions(fsRead, minus(fsWrite, reference), childProcess, worker, network);
      case "child" -> new Permissions(fsRead, fsWrite, false, worker, network);
      case "worker" -> new Permissions(fsRead, fsWrite, childProcess, false, network);
      case "net" -> new Permissions(fsRead, fsWrite, childProcess, worker, false);
      default -> this;
    };
  }

  private static List<String> minus(List<String> entries, String reference) {
    if (reference == null) return List.of();
    List<String> out = new ArrayList<>(entries);
    String r = stripSlash(reference);
    out.remove(r);
    out.remove(r.equals("/") ? r : r + "/");
    return out;
  }

  private static boolean matches(List<String> entries, String path) {
    String p = stripSlash(path);
    for (String e : entries) {
      if (e.equals("*")) return true;
      if (e.endsWith("*")) {
        if (p.startsWith(e.substring(0, e.length() - 1))) return true;
      } else if (e.endsWith("/")) {
        if (p.startsWith(e) || p.equals(stripSlash(e))) return true;
      } else if (p.equals(e)) {
        return true;
      }
    }
    return false;
  }

  // As Node does, an entry naming an existing directory grants what is under it ("dir/");
  // any other entry grants that one path.
  private static List<String> resolve(List<String> entries, Path cwd) {
    List<String> out = new ArrayList<>();
    for (String e : entries) {
      if (e.equals("*")) {
        out.add(e);
      } else if (e.endsWith("*")) {
        String base = e.substring(0, e.length() - 1);
        String abs = base.isEmpty() ? cwd.toString() : cwd.resolve(base).normalize().toString();
        // "/tmp/*" keeps its slash so that it does not also match "/tmpfoo"
        out.add((base.endsWith("/") && !abs.endsWith("/") ? abs + "/" : abs) + "*");
      } else {
        Path abs = cwd.resolve(e).normalize();
        String s = abs.toString();
        out.add(java.nio.file.Files.isDirectory(abs) && !s.endsWith("/") ? s + "/" : s);
      }
    }
    return out;
  }

  private static String stripSlash(String p) {
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static List<String> plus(List<String> list, String[] more) {
    List<String> out = new ArrayList<>(list);
    out.addAll(List.of(more));
    return out;
  }
}
