package org.node4j.pm.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.node4j.pm.resolve.Edge;
import org.node4j.pm.resolve.Node;
import org.node4j.pm.util.LocaleCompare;

/**
 * {@code npm ls}: the dependency graph as npm prints it (edges in name order, repeats marked
 * "deduped"), with npm's problem markers: UNMET DEPENDENCY (missing), invalid, extraneous.
 */
public final class Ls {
  private final List<String> problems = new ArrayList<>();
  private final Set<Node> printed = new HashSet<>();
  private final int maxDepth;
  private final PrintStream out;

  public Ls(int maxDepth, PrintStream out) {
    this.maxDepth = maxDepth;
    this.out = out;
  }

  /** Prints the tree; returns the problems found anywhere in it (not only the printed part). */
  public List<String> print(Node root) {
    out.println((root.packageName.isEmpty() ? "" : root.packageName + "@" + (root.version == null ? "" : root.version)
        + " ") + root.source);
    collectProblems(root);
    walk(root, "", 0, new ArrayList<>());
    return problems;
  }

  private void collectProblems(Node root) {
    for (Node n : root.all()) {
      if (n.extraneous && n != root) {
        problems.add("extraneous: " + n.packageName + "@" + n.version + " " + n.realDir());
      }
      for (Edge e : n.edgesOut.values()) {
        if (e.valid()) continue;
        if (e.missing()) {
          if (e.optional() || e.dev() && false) continue;
          problems.add("missing: " + e.name + "@" + e.spec.raw() + ", required by " + label(n));
        } else {
          Node to = e.to();
          problems.add("invalid: " + to.packageName + "@" + to.version + " " + to.realDir());
        }
      }
    }
  }

  private static String label(Node n) {
    return n.packageName + "@" + (n.version == null ? "" : n.version);
  }

  /** One printed line: the node (or a missing edge), its text, and its printed children. */
  private static final class Item {
    final String sortKey;
    final String text;
    final List<Item> kids = new ArrayList<>();

    Item(String sortKey, String text) {
      this.sortKey = sortKey;
      this.text = text;
    }
  }

  /**
   * npm ls marks repeats breadth-first (a package is expanded where it is first reached by
   * depth, "deduped" elsewhere) and prints depth-first, siblings ordered by name@version.
   */
  private void walk(Node root, String unusedIndent, int unusedDepth, List<String[]> lines) {
    Item top = new Item("", "");
    java.util.ArrayDeque<Object[]> queue = new java.util.ArrayDeque<>();
    queue.add(new Object[] {root, top, 0});
    printed.add(root);
    while (!queue.isEmpty()) {
      Object[] q = queue.poll();
      Node node = (Node) q[0];
      Item item = (Item) q[1];
      int depth = (Integer) q[2];
      for (Object[] k : kidsOf(node)) {
        Node to = (Node) k[0];
        Edge e = (Edge) k[1];
        Item child;
        if (to == null) {
          child = new Item(e.name + "@" + e.spec.raw(), (e.optional() ? "UNMET OPTIONAL DEPENDENCY " : "UNMET DEPENDENCY ")
              + e.name + "@" + e.spec.raw());
        } else {
          String text = (to.name.equals(to.packageName) ? "" : to.name + "@npm:") + to.packageName + "@" + to.version;
          if (e == null || to.extraneous) text += " extraneous";
          else if (!e.valid()) {
            text += " invalid: \"" + e.spec.raw() + "\" from " + (node.isRoot() ? "the root project" : label(node));
          }
          if (e != null && !e.spec.raw().equals(e.rawSpec())) text += " overridden";
          boolean dup = printed.contains(to);
          if (dup) text += " deduped";
          if (to.link) text += " -> " + relLink(node.root(), to);
          child = new Item(to.packageName + "@" + to.version, text);
          if (!dup) {
            printed.add(to);
            if (depth < maxDepth) queue.add(new Object[] {to, child, depth + 1});
          }
        }
        item.kids.add(child);
      }
      item.kids.sort((x, y) -> LocaleCompare.EN.compare(x.sortKey, y.sortKey));
    }
    print(top, "");
    if (top.kids.isEmpty()) out.println("└── (empty)");
    out.println();
    lines.add(new String[] {String.valueOf(top.kids.size())});
  }

  /** The dependencies shown under a node: its edges, plus extraneous folders below it. */
  private static List<Object[]> kidsOf(Node node) {
    List<Object[]> kids = new ArrayList<>();
    for (Edge e : node.edgesOut.values()) {
      Node to = e.to();
      if (to == null && e.type == Edge.Type.PEER_OPTIONAL) continue;
      if (to == null && e.peer() && !node.isRoot()) continue;
      kids.add(new Object[] {to, e});
    }
    for (Node c : node.children.values()) {
      if (c.extraneous && !node.edgesOut.containsKey(c.name)) kids.add(new Object[] {c, null});
    }
    return kids;
  }

  private void print(Item item, String indent) {
    for (int i = 0; i < item.kids.size(); i++) {
      Item k = item.kids.get(i);
      boolean last = i == item.kids.size() - 1;
      out.println(indent + (last ? "└─" : "├─") + (k.kids.isEmpty() ? "─ " : "┬ ") + k.text);
      print(k, indent + (last ? "  " : "│ "));
    }
  }

  private static String relLink(Node root, Node to) {
    return "./" + root.source.relativize(to.source);
  }
}
