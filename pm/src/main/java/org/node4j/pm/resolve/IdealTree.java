package org.node4j.pm.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.node4j.pm.PmException;
import org.node4j.pm.util.LocaleCompare;

/**
 * Builds npm's hoisted ideal tree, following arborist's buildIdealTree: nodes are visited by
 * depth then path; each node's missing or invalid edges get a manifest and are placed, in name
 * order, at the shallowest folder (walking up from the dependent) where that causes no
 * conflict. Peer dependencies are placed next to their dependent or higher.
 */
public final class IdealTree {
  private final Node root;
  private final ManifestSource source;
  private final boolean legacyPeerDeps;
  private final boolean force;
  private final Set<String> explicit;
  private final Consumer<String> warn;
  private final List<Node> queue = new ArrayList<>();
  private final Set<Node> seen = new HashSet<>();
  private final Placement placement;

  /**
   * @param explicit names the user asked for on the command line (they replace what is there)
   */
  public IdealTree(Node root, ManifestSource source, boolean legacyPeerDeps, boolean force,
      Set<String> explicit, Consumer<String> warn) {
    this.root = root;
    this.source = source;
    this.legacyPeerDeps = legacyPeerDeps;
    this.force = force;
    this.explicit = explicit;
    this.warn = warn;
    this.placement = new Placement(this);
  }

  boolean legacyPeerDeps() { return legacyPeerDeps; }

  boolean force() { return force; }

  void warn(String msg) { warn.accept(msg); }

  /** Fixes every problem edge reachable from the root; nodes already in the tree are kept. */
  public Node build() {
    for (Node n : root.all()) queue.add(n);
    while (true) {
      while (!queue.isEmpty()) {
        Node node = pop();
        if (seen.contains(node) || node.root() != root) continue;
        seen.add(node);
        step(node);
      }
      // Overrides: a package also reached from inside a rule's subtree takes that rule set.
      List<Node> refined = Overrides.refineAll(root, legacyPeerDeps);
      if (refined.isEmpty()) break;
      for (Node n : refined) {
        seen.remove(n);
        queue.add(n);
      }
    }
    Flags.calc(root);
    pruneExtraneous();
    return root;
  }

  /**
   * The first node by depth, then location. Nodes can move while queued, so keys are taken
   * afresh on each pop (one linear pass rather than a sort).
   */
  private Node pop() {
    int best = 0, bestDepth = Integer.MAX_VALUE;
    String bestLoc = null;
    for (int k = 0; k < queue.size(); k++) {
      Node n = queue.get(k);
      int d = n.depth();
      if (d > bestDepth) continue;
      String loc = n.location();
      if (d < bestDepth || LocaleCompare.EN.compare(loc, bestLoc) < 0) {
        best = k;
        bestDepth = d;
        bestLoc = loc;
      }
    }
    return queue.remove(best);
  }

  void enqueue(Node n) {
    queue.add(n);
  }

  void unsee(Node n) { seen.remove(n); }

  private void step(Node node) {
    Overrides.refine(node, legacyPeerDeps);
    List<Edge> problems = new ArrayList<>();
    Set<String> bundled = ManifestSource.bundled(node);
    for (Edge e : node.edgesOut.values()) {
      if (bundled.contains(e.name)) continue; // shipped inside the package: not ours to fix
      if (e.peer() && !node.isRoot() && e.valid()) continue;
      boolean explicitEdge = node.isRoot() && explicit.contains(e.name);
      if (!e.valid() || explicitEdge) problems.add(e);
    }
    for (Edge e : problems) source.prefetch(e.spec);
    record Task(Edge edge, Node dep) {}
    List<Task> tasks = new ArrayList<>();
    for (Edge e : problems) {
      Node dep;
      try {
        dep = source.nodeFor(e.spec, node.realDir() == null ? root.source : node.realDir());
      } catch (PmException ex) {
        if (e.optional()) {
          warn("optional dependency " + e.spec + " skipped: " + ex.getMessage());
          continue;
        }
        throw ex;
      }
      dep.overrides = e.targetOverrides();
      Edges.load(dep, dep.link, legacyPeerDeps);
      tasks.add(new Task(e, dep));
    }
    tasks.sort(Comparator.comparing((Task t) -> t.edge.name, LocaleCompare.EN));
    for (Task t : tasks) {
      if (t.edge.valid() && !(node.isRoot() && explicit.contains(t.edge.name))) continue;
      placement.place(t.edge, t.dep, node.isRoot() && explicit.contains(t.edge.name));
    }
  }

  /** Called by {@link Placement} for each newly placed node. */
  void placed(Node n) {
    Set<String> bundled = ManifestSource.bundled(n);
    for (Edge e : n.edgesOut.values()) if (!bundled.contains(e.name)) source.prefetch(e.spec);
    source.prefetchTarball(n);
    queue.add(n);
    for (Node b : source.loadBundle(n)) {
      b.overrides = n.overrides;
      Edges.load(b, false, legacyPeerDeps);
      queue.add(b);
    }
  }

  Node fetchPeer(Edge e) {
    Path base = e.from.realDir() == null ? root.source : e.from.realDir();
    Node dep = source.nodeFor(e.spec, base);
    dep.overrides = e.targetOverrides();
    Edges.load(dep, dep.link, legacyPeerDeps);
    return dep;
  }

  /** Drops nodes nothing depends on any more (left behind by replacements). */
  private void pruneExtraneous() {
    for (Node n : root.all()) {
      if (n != root && n.extraneous && n.root() == root) n.detach();
    }
  }
}
