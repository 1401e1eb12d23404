package org.node4j.pm.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.node4j.pm.json.Json;

/**
 * One package folder of the tree being built or installed: the root project, or a package at
 * node_modules/a[/node_modules/b...]. Children are keyed by folder name; a dependency edge
 * resolves like Node's require: own children first, then each parent's.
 */
public final class Node {
  /** Folder name (the alias for npm: aliases). */
  public final String name;
  /** The registry package name; differs from {@link #name} only for aliases. */
  public String packageName;
  public String version;
  public String resolved;
  public String integrity;
  /** The manifest (packument version entry, package.json or lockfile metadata). */
  public Map<String, Object> pkg;
  public Node parent;
  public final Map<String, Node> children = new TreeMap<>();
  public final Map<String, Edge> edgesOut = new LinkedHashMap<>();
  /** For the root: the project directory. For local (file:/link:) deps: the source path. */
  public Path source;
  /** A symlink to {@link #source} rather than an extracted copy (link: and directory deps). */
  public boolean link;
  public boolean dev, optional, devOptional, peer, extraneous;
  /** Lockfile-only fields carried through unchanged. */
  public boolean hasInstallScript, inBundle;
  /** The override rules that apply to this node's dependencies (null: none). */
  public Overrides overrides;
  /** Resolved from a packument during this run (npm only warns about such nodes). */
  public boolean fetched;

  Node(String name, String packageName, Map<String, Object> pkg) {
    this.name = name;
    this.packageName = packageName;
    this.pkg = pkg == null ? new LinkedHashMap<>() : pkg;
    this.version = Json.str(this.pkg.get("version"));
  }

  public static Node root(Path dir, Map<String, Object> pkg) {
    Node n = new Node("", Json.str(pkg.get("name")) == null ? "" : Json.str(pkg.get("name")), pkg);
    n.source = dir;
    return n;
  }

  public static Node of(String name, String packageName, Map<String, Object> pkg) {
    return new Node(name, packageName, pkg);
  }

  public boolean isRoot() { return parent == null; }

  public Node root() {
    Node n = this;
    while (n.parent != null) n = n.parent;
    return n;
  }

  public Node resolve(String dep) {
    for (Node n = this; n != null; n = n.parent) {
      Node c = n.children.get(dep);
      if (c != null) return c;
    }
    return null;
  }

  /** "" for the root, else "node_modules/a/node_modules/b" (npm's lockfile location). */
  public String location() {
    if (parent == null) return "";
    String p = parent.link ? parent.targetLocation() : parent.location();
    return (p.isEmpty() ? "" : p + "/") + "node_modules/" + name;
  }

  /** For a link: its target's path relative to the project root (npm's "resolved" of a link). */
  public String targetLocation() {
    Path rootDir = root().source;
    return rootDir.relativize(source).toString().replace('\\', '/');
  }

  public int depth() {
    int d = 0;
    for (Node n = parent; n != null; n = n.parent) d++;
    return d;
  }

  public boolean isDescendantOf(Node ancestor) {
    for (Node n = this; n != null; n = n.parent) if (n == ancestor) return true;
    return false;
  }

  /** The directory holding this package's files on disk once installed. */
  public Path realDir() {
    if (link && source != null) return source;
    if (parent == null) return source;
    return root().source.resolve(location()).normalize();
  }

  /** Sets parent, replacing any same-named child there. */
  public void setParent(Node p) {
    if (parent != null && parent.children.get(name) == this) parent.children.remove(name);
    parent = p;
    if (p != null) p.children.put(name, this);
  }

  public void detach() { setParent(null); }

  /** Same package identity (npm's node.matches). */
  public boolean matches(Node o) {
    if (o == null || !packageName.equals(o.packageName)) return false;
    if (link || o.link) return link == o.link && source != null && source.equals(o.source);
    if (version == null || !version.equals(o.version)) return false;
    return resolved == null || o.resolved == null || resolved.equals(o.resolved) || integrity != null
        && integrity.equals(o.integrity);
  }

  public boolean satisfies(Edge e) { return e.satisfiedBy(this); }

  /** Depth-first list of this node and everything below it, children in name order. */
  public List<Node> all() {
    List<Node> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    out.add(n);
    for (Node c : n.children.values()) collect(c, out);
  }

  /** Edges anywhere in this node's tree that currently resolve to this node. */
  public List<Edge> edgesIn() {
    List<Edge> in = new ArrayList<>();
    for (Node n : root().all()) {
      Edge e = n.edgesOut.get(name);
      if (e != null && e.to() == this) in.add(e);
    }
    return in;
  }

  /** node.canReplaceWith: every dependent of {@code current} accepts this node instead. */
  public boolean canReplace(Node current) {
    if (!name.equals(current.name) || !packageName.equals(current.packageName)) return false;
    for (Edge e : current.edgesIn()) if (!e.satisfiedBy(this)) return false;
    return true;
  }

  static boolean samePath(String ignoredResolved, Path fromDir, String spec, Node n) {
    if (n.source == null || fromDir == null) return false;
    String s = spec.startsWith("~/") ? System.getProperty("user.home") + spec.substring(1) : spec;
    return fromDir.resolve(s).normalize().equals(n.source.normalize());
  }

  @Override
  public String toString() {
    return (parent == null ? "(root)" : location()) + "@" + version;
  }
}
