package org.node4j.pm.resolve;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.semver.Range;

/**
 * package.json {@code overrides} as arborist's OverrideSet: a tree of rules. A rule is a name
 * with an optional version selector ("foo" or "foo@^1"), an optional replacement spec (the
 * string value, or "." inside an object; "$name" refers to the root's own dependency spec), and
 * child rules that only apply below a package the rule matched. A node's rule set is the one of
 * the edge that brought it in; an edge looks for a rule among its node's set and that set's
 * ancestors, nearest first.
 */
public final class Overrides {
  final String name;
  final String keySpec;
  final String value;
  final Overrides parent;
  final Map<String, Overrides> children = new LinkedHashMap<>();

  private Overrides(String name, String keySpec, String value, Overrides parent) {
    this.name = name;
    this.keySpec = keySpec;
    this.value = value;
    this.parent = parent;
  }

  /** The root rule set of a project's package.json, or null when it has no overrides. */
  public static Overrides forRoot(Map<String, Object> rootPkg) {
    Map<String, Object> o = Json.obj(rootPkg.get("overrides"));
    if (o == null || o.isEmpty()) return null;
    Overrides root = new Overrides(null, "*", null, null);
    root.addChildren(o, rootPkg);
    return root;
  }

  private void addChildren(Map<String, Object> rules, Map<String, Object> rootPkg) {
    for (Map.Entry<String, Object> r : rules.entrySet()) {
      if (r.getKey().equals(".")) continue;
      String key = r.getKey();
      int at = key.indexOf('@', 1);
      String n = at < 0 ? key : key.substring(0, at);
      String ks = at < 0 ? "*" : key.substring(at + 1);
      String v = r.getValue() instanceof String s ? s
          : r.getValue() instanceof Map<?, ?> m && m.get(".") instanceof String s ? s : null;
      if (v != null) v = dereference(v, rootPkg);
      Overrides child = new Overrides(n, ks.isEmpty() ? "*" : ks, v, this);
      children.put(key, child);
      if (r.getValue() instanceof Map<?, ?>) child.addChildren(Json.obj(r.getValue()), rootPkg);
    }
  }

  /** "$foo" is the spec the root package.json gives foo (npm's override references). */
  private static String dereference(String v, Map<String, Object> rootPkg) {
    if (!v.startsWith("$")) return v;
    String ref = v.substring(1);
    for (String t : new String[] {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"}) {
      String s = Json.strMap(rootPkg.get(t)).get(ref);
      if (s != null) return s;
    }
    throw new PmException("EOVERRIDE", "Unable to resolve reference " + v);
  }

  /**
   * The rule an edge named {@code edgeName} with spec {@code raw} falls under, seen from a node
   * with this set; this set itself when no rule names it. Rules of nearer sets win.
   */
  public Overrides edgeRule(String edgeName, String raw) {
    for (Overrides s = this; s != null; s = s.parent) {
      for (Overrides r : s.children.values()) {
        if (r.name.equals(edgeName) && r.matchesSpec(edgeName, raw)) return r;
      }
    }
    return this;
  }

  /** arborist: '*' matches; ranges must intersect the selector; tags, files, git etc. always match. */
  private boolean matchesSpec(String edgeName, String raw) {
    if (keySpec.equals("*")) return true;
    Spec spec;
    try {
      spec = Spec.parse(edgeName, raw);
    } catch (PmException e) {
      return true;
    }
    if (spec.type() != Spec.Type.RANGE && spec.type() != Spec.Type.VERSION) return true;
    try {
      return Range.parse(spec.fetchSpec(), true, false).intersects(Range.parse(keySpec, true, false));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The replacement spec, when this rule (for {@code edgeName}) has one. */
  public String replacement(String edgeName) {
    return name != null && name.equals(edgeName) && value != null && !value.equals("*") ? value : null;
  }

  /**
   * npm's EOVERRIDE: a root dependency may only be overridden with its own spec (or a "$name"
   * reference to it), or every install would fight package.json.
   */
  public static void checkRoot(Node root) {
    if (root.overrides == null) return;
    for (Edge e : root.edgesOut.values()) {
      Overrides r = root.overrides.edgeRule(e.name, e.rawSpec());
      String v = r.replacement(e.name);
      if (v != null && !v.equals(e.rawSpec())) {
        throw new PmException("EOVERRIDE", "Override for " + e.name + "@" + e.rawSpec()
            + " conflicts with direct dependency");
      }
    }
  }

  private boolean isAncestorOf(Overrides o) {
    for (Overrides p = o; p != null; p = p.parent) if (p == this) return true;
    return false;
  }

  /**
   * arborist's findSpecificOverrideSet over a node's incoming edges: when a package is reached
   * both from outside and from inside an override rule's subtree, the rule's (more specific) set
   * applies to it. Null when the sets conflict (neither contains the other) or there are none.
   */
  static Overrides mostSpecific(List<Edge> in) {
    Overrides best = null;
    for (Edge e : in) {
      Overrides o = e.targetOverrides;
      if (o == null) continue;
      if (best == null || best.isAncestorOf(o)) best = o;
      else if (!o.isAncestorOf(best)) return null;
    }
    return best;
  }

  /**
   * After resolution: nodes whose incoming edges call for a more specific rule set get it and
   * have their edges rebuilt. Returns them (their new problem edges need resolving).
   */
  public static List<Node> refineAll(Node root, boolean legacyPeerDeps) {
    List<Node> changed = new java.util.ArrayList<>();
    if (root.overrides == null) return changed;
    for (Node n : root.all()) if (refine(n, legacyPeerDeps)) changed.add(n);
    return changed;
  }

  /** The same for one node (done as the resolver reaches it, as arborist does). */
  public static boolean refine(Node n, boolean legacyPeerDeps) {
    if (n.isRoot() || n.link || n.root().overrides == null) return false;
    Overrides want = mostSpecific(n.edgesIn());
    if (want == null || want == n.overrides || (n.overrides != null && !n.overrides.isAncestorOf(want))) return false;
    n.overrides = want;
    Edges.load(n, n.link, legacyPeerDeps);
    return true;
  }

  /**
   * Gives every node of a tree read from a lockfile (or from disk) the rule set of the edge
   * that reaches it first, breadth-first from the root, and rebuilds its edges with it.
   */
  public static void apply(Node root, boolean legacyPeerDeps) {
    if (root.overrides == null) return;
    ArrayDeque<Node> queue = new ArrayDeque<>();
    Set<Node> seen = new HashSet<>();
    queue.add(root);
    seen.add(root);
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (n != root) Edges.load(n, n.link, legacyPeerDeps);
      for (Edge e : n.edgesOut.values()) {
        Node to = e.to();
        if (to != null && seen.add(to)) {
          to.overrides = e.targetOverrides;
          queue.add(to);
        }
      }
    }
  }
}
