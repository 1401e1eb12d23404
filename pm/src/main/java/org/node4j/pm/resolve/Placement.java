package org.node4j.pm.resolve;

import java.util.ArrayList;
import java.util.List;
import org.node4j.pm.PmException;
import org.node4j.pm.semver.Version;

/**
 * Where a dependency goes (arborist's PlaceDep/CanPlaceDep): walk from the dependent towards
 * the root and take the shallowest folder where the package can be placed (OK), reused (KEEP)
 * or can replace what is there (REPLACE), stopping at the first CONFLICT.
 */
final class Placement {
  enum Result { OK, KEEP, REPLACE, CONFLICT }

  private final IdealTree tree;

  Placement(IdealTree tree) { this.tree = tree; }

  /** For peers the search starts above the dependent: a peer is never nested under it. */
  static Node deepestNestingTarget(Node start, String name) {
    for (Node t = start; t != null; t = t.parent) {
      if (t.isRoot()) return t;
      Edge e = t.edgesOut.get(name);
      if (e == null || !e.peer()) return t;
    }
    return start;
  }

  void place(Edge edge, Node dep, boolean explicit) {
    Node start = deepestNestingTarget(edge.from, edge.name);
    Node target = null;
    Result result = null;
    for (Node t = start; t != null; t = t.parent) {
      Edge te = t.edgesOut.get(edge.name);
      if (!t.isRoot() && te != null && te.peer()) continue;
      Result r = canPlace(t, dep, edge, explicit);
      if (r == Result.CONFLICT) break;
      target = t;
      result = r;
    }
    if (target == null) {
      if (!tree.force() && !tree.legacyPeerDeps()) throw eresolve(edge, dep);
      tree.warn("ERESOLVE overriding peer dependency: " + describe(dep) + " for " + describe(edge.from));
      target = start;
      result = target.children.containsKey(edge.name) ? Result.REPLACE : Result.OK;
    }
    if (result == Result.KEEP) return;
    Node old = target.children.get(dep.name);
    if (old != null) {
      // The replacement inherits the old folder's nested packages; stale ones are pruned later.
      for (Node c : new ArrayList<>(old.children.values())) c.setParent(dep);
      old.detach();
    }
    dep.setParent(target);
    tree.placed(dep);
    if (old != null) {
      for (Node n : dep.root().all()) {
        Edge e = n.edgesOut.get(dep.name);
        if (e != null && e.to() == dep && !e.valid()) {
          tree.unsee(n);
          tree.enqueue(n);
        }
      }
    }
    pruneDedupable(target, dep);
    placePeers(dep);
  }

  /** Places the peer dependencies of a just-placed node beside it (or higher). */
  private void placePeers(Node placed) {
    for (Edge pe : new ArrayList<>(placed.edgesOut.values())) {
      if (!pe.peer() || pe.valid()) continue;
      if (pe.type == Edge.Type.PEER_OPTIONAL && pe.missing()) continue;
      Node peer;
      try {
        peer = tree.fetchPeer(pe);
      } catch (PmException e) {
        if (pe.optional()) continue;
        throw e;
      }
      place(pe, peer, false);
    }
  }

  Result canPlace(Node target, Node dep, Edge edge, boolean explicit) {
    Node current = target.children.get(edge.name);
    Edge targetEdge = target.edgesOut.get(edge.name);
    if (targetEdge != null && targetEdge.peer() && !target.isRoot()) return Result.CONFLICT;
    if (current == null && targetEdge != null && targetEdge != edge && !dep.satisfies(targetEdge)) {
      return Result.CONFLICT;
    }
    return current != null ? checkCurrent(target, current, dep, edge, explicit) : checkNoCurrent(target, dep, edge);
  }

  private Result checkCurrent(Node target, Node current, Node dep, Edge edge, boolean explicit) {
    if (dep.matches(current) && current.satisfies(edge)) return explicit ? Result.REPLACE : Result.KEEP;
    boolean tryReplace = current.version != null && dep.version != null
        && gte(dep.version, current.version);
    if (tryReplace && dep.canReplace(current) && peersOk(target, dep)) return Result.REPLACE;
    if (current.satisfies(edge) && !explicit) return Result.KEEP;
    Node deepest = deepestNestingTarget(edge.from, edge.name);
    if (target != deepest) return Result.CONFLICT;
    if (!edge.peer() && target == edge.from) return peersOk(target, dep) ? Result.REPLACE : Result.CONFLICT;
    return Result.CONFLICT;
  }

  private Result checkNoCurrent(Node target, Node dep, Edge edge) {
    Node current = target == edge.from ? null : target.resolve(edge.name);
    if (current != null) {
      // Placing here would shadow `current` for dependents below this folder.
      for (Edge e : current.edgesIn()) {
        if (e.from.isDescendantOf(target) && e.valid() && !dep.satisfies(e)) return Result.CONFLICT;
      }
    }
    return peersOk(target, dep) ? Result.OK : Result.CONFLICT;
  }

  /** Can dep's peers be met when dep sits in {@code target}? (existing, or placeable there) */
  private boolean peersOk(Node target, Node dep) {
    for (Edge pe : dep.edgesOut.values()) {
      if (!pe.peer()) continue;
      Node existing = target.resolve(pe.name);
      if (existing == null || existing == dep) continue;
      if (pe.satisfiedBy(existing)) continue;
      if (existing.parent == target) return false;
      // A different version higher up: we may put ours in target, unless that shadows it
      // for someone below target that relies on the higher one.
      for (Edge e : existing.edgesIn()) {
        if (e.from.isDescendantOf(target) && e.from != dep && e.valid()) return false;
      }
    }
    return true;
  }

  /** After placing, deeper copies of the same name that are now redundant are removed. */
  private void pruneDedupable(Node target, Node placed) {
    List<Node> same = new ArrayList<>();
    for (Node n : target.all()) if (n != placed && n.name.equals(placed.name) && n.parent != null) same.add(n);
    for (Node n : same) {
      if (n.root() != placed.root()) continue;
      if (canDedupe(n)) n.detach();
    }
  }

  private static boolean canDedupe(Node n) {
    if (n.parent == null || n.parent.parent == null) return false;
    if (n.edgesIn().isEmpty()) return true;
    Node other = n.parent.parent.resolve(n.name);
    if (other == null) return false;
    if (other.matches(n)) return true;
    if (!other.canReplace(n)) return false;
    return other.version != null && n.version != null && gte(other.version, n.version);
  }

  private static boolean gte(String a, String b) {
    Version va = Version.parse(a, true), vb = Version.parse(b, true);
    return va != null && vb != null && va.compareTo(vb) >= 0;
  }

  private static String describe(Node n) {
    return n.isRoot() ? "the root project" : n.packageName + "@" + n.version;
  }

  private PmException eresolve(Edge edge, Node dep) {
    Node root = edge.from.root();
    StringBuilder b = new StringBuilder();
    b.append("While resolving: ").append(root.packageName.isEmpty() ? "(root)" : root.packageName)
        .append('@').append(root.version == null ? "" : root.version).append('\n');
    Node found = null;
    for (Edge pe : dep.edgesOut.values()) {
      if (!pe.peer()) continue;
      Node ex = deepestNestingTarget(edge.from, edge.name).resolve(pe.name);
      if (ex != null && !pe.satisfiedBy(ex)) {
        found = ex;
        b.append("Found: ").append(ex.packageName).append('@').append(ex.version).append('\n')
            .append(ex.location()).append('\n');
        for (Edge in : ex.edgesIn()) {
          b.append("  ").append(in.name).append("@\"").append(in.spec.raw()).append("\" from ")
              .append(describe(in.from)).append('\n');
        }
        b.append('\n').append("Could not resolve dependency:\n").append("peer ").append(pe.name)
            .append("@\"").append(pe.spec.raw()).append("\" from ").append(dep.packageName + "@" + dep.version).append('\n');
        break;
      }
    }
    if (found == null) {
      b.append("Could not resolve dependency:\n").append(edge.name).append("@\"").append(edge.spec.raw())
          .append("\" from ").append(describe(edge.from)).append('\n');
    }
    b.append("\nFix the upstream dependency conflict, or retry\n"
        + "this command with --force or --legacy-peer-deps\n"
        + "to accept an incorrect (and potentially broken) dependency resolution.");
    return new PmException("ERESOLVE", "unable to resolve dependency tree", b.toString());
  }
}
