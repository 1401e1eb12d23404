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
    List<String[]> lines = new ArrayList<>();
    walk(root, "", 0, lines);
    if (lines.isEmpty()) out.println("└── (empty)");
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

  private void walk(Node node, String indent, int depth, List<String[]> lines) {
    List<String> names = new ArrayList<>(node.edgesOut.keySet());
    if (node.isRoot() || true) {
      for (String c : node.children.keySet()) if (!names.contains(c) && node.children.get(c).extraneous) names.add(c);
    }
    names.sort(LocaleCompare.EN);
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      Edge e = node.edgesOut.get(name);
      if (e != null && e.missing() && e.optional()) continue;
      if (e != null && e.missing() && e.peer() && !node.isRoot()) continue;
      shown.add(name);
    }
    for (int i = 0; i < shown.size(); i++) {
      String name = shown.get(i);
      boolean last = i == shown.size() - 1;
      Edge e = node.edgesOut.get(name);
      Node to = e != null ? e.to() : node.children.get(name);
      String branch = indent + (last ? "└── " : "├── ");
      String text;
      if (to == null) {
        text = "UNMET DEPENDENCY " + name + "@" + e.spec.raw();
      } else {
        text = (to.name.equals(to.packageName) ? "" : to.name + "@npm:") + to.packageName + "@" + to.version;
        if (to.link) text += " -> " + relLink(node.root(), to);
        if (e == null || to.extraneous) text += " extraneous";
        else if (!e.valid()) text += " invalid: \"" + e.spec.raw() + "\" from " + (node.isRoot() ? "the root project" : label(node));
        if (printed.contains(to) && !node.isRoot()) text += " deduped";
      }
      out.println(branch + text);
      lines.add(new String[] {text});
      if (to != null && !printed.contains(to)) {
        printed.add(to);
        if (depth + 1 <= maxDepth) walk(to, indent + (last ? "    " : "│   "), depth + 1, lines);
      }
    }
  }

  private static String relLink(Node root, Node to) {
    return "./" + root.source.relativize(to.source);
  }
}
