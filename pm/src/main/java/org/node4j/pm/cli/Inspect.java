package org.node4j.pm.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.registry.RegistryClient;
import org.node4j.pm.resolve.Edge;
import org.node4j.pm.resolve.Node;
import org.node4j.pm.resolve.PickManifest;
import org.node4j.pm.resolve.Spec;
import org.node4j.pm.util.LocaleCompare;

/** Read-only questions about an installed tree: {@code why}/{@code explain} and {@code outdated}. */
final class Inspect {
  private Inspect() {}

  /** npm explain: every copy of the package, and the chain of dependents up to the root. */
  static int why(Node root, List<String> args, PrintStream out) {
    if (args.isEmpty()) throw new PmException("EUSAGE", "Usage: npm4j why <package-spec>");
    List<Node> found = new ArrayList<>();
    for (String arg : args) {
      String[] ns = Spec.splitArg(arg);
      for (Node n : root.all()) {
        if (n.isRoot() || !n.packageName.equals(ns[0]) || found.contains(n)) continue;
        if (!ns[1].isEmpty() && !org.node4j.pm.semver.Semver.satisfies(n.version, ns[1], true, true)) continue;
        found.add(n);
      }
    }
    if (found.isEmpty()) throw new PmException("ENOENT", "No dependencies found matching " + String.join(" ", args));
    found.sort((a, b) -> LocaleCompare.EN.compare(a.location(), b.location()));
    for (int i = 0; i < found.size(); i++) {
      Node n = found.get(i);
      if (i > 0) out.println();
      out.println(n.packageName + "@" + n.version + (n.dev ? " dev" : "") + (n.optional ? " optional" : "")
          + (n.peer ? " peer" : ""));
      out.println(n.link ? n.targetLocation() : n.location());
      explainEdges(n, "", new HashSet<>(), out);
    }
    return 0;
  }

  /** Dependents in npm's order: packages first (by location), the root project last. */
  private static void explainEdges(Node n, String indent, Set<Node> seen, PrintStream out) {
    seen.add(n);
    List<Edge> ins = new ArrayList<>();
    for (Edge e : n.edgesIn()) if (e.valid() || e.from.isRoot()) ins.add(e);
    ins.sort((a, b) -> a.from.isRoot() != b.from.isRoot() ? (a.from.isRoot() ? 1 : -1)
        : LocaleCompare.EN.compare(a.from.location(), b.from.location()));
    for (Edge e : ins) {
      String type = e.dev() ? "dev " : e.type == Edge.Type.OPTIONAL ? "optional " : e.peer() ? "peer " : "";
      if (e.from.isRoot() && n.link && e.spec.raw().startsWith("file:") && e.spec.type() == Spec.Type.DIRECTORY
          && n.parent == e.from) {
        out.println(indent + "  workspace " + n.targetLocation() + " from the root project");
        continue;
      }
      String head = indent + "  " + type + e.name + "@\"" + e.spec.raw() + "\" from ";
      if (e.from.isRoot()) {
        out.println(head + "the root project");
        continue;
      }
      Node f = e.from;
      out.println(head + f.packageName + "@" + f.version);
      if (f.link) {
        // A linked package is explained through its link in node_modules, like npm's linksIn.
        out.println(indent + "  " + f.targetLocation());
        out.println(indent + "    " + f.packageName + "@" + f.version);
        out.println(indent + "    " + f.location());
        if (!seen.contains(f)) explainEdges(f, indent + "    ", seen, out);
      } else {
        out.println(indent + "  " + f.location());
        if (!seen.contains(f)) explainEdges(f, indent + "  ", seen, out);
      }
    }
    seen.remove(n);
  }

  /** npm outdated: direct dependencies whose installed version is not the wanted/latest one. */
  static int outdated(Node root, RegistryClient registry, String nodeVersion, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    List<Node> tops = new ArrayList<>(List.of(root));
    for (Node c : root.children.values()) if (c.link && root.edgesOut.containsKey(c.name)) tops.add(c);
    for (Node top : tops) rows.addAll(outdatedRows(top, registry, nodeVersion));
    if (rows.isEmpty()) return 0;
    rows.sort((a, b) -> LocaleCompare.EN.compare(a[0], b[0]));
    rows.add(0, new String[] {"Package", "Current", "Wanted", "Latest", "Location", "Depended by"});
    int[] w = new int[6];
    for (String[] r : rows) for (int i = 0; i < 6; i++) w[i] = Math.max(w[i], r[i].length());
    boolean header = true;
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        // npm right-aligns the three version columns (but not their headers)
        boolean right = !header && i >= 1 && i <= 3;
        String pad = " ".repeat(w[i] - r[i].length());
        b.append(right ? pad + r[i] : r[i] + (i < 5 ? pad : ""));
        if (i < 5) b.append("  ");
      }
      out.println(b.toString().stripTrailing());
      header = false;
    }
    return 1;
  }

  private static List<String[]> outdatedRows(Node top, RegistryClient registry, String nodeVersion) {
    List<String[]> rows = new ArrayList<>();
    for (Edge e : top.edgesOut.values()) {
      if (!e.spec.isRegistry()) continue;
      Map<String, Object> packument = registry.packument(e.spec.fetchName());
      String latest = Json.strMap(packument.get("dist-tags")).get("latest");
      String wanted;
      try {
        wanted = Json.str(PickManifest.pick(packument, e.spec, nodeVersion).get("version"));
      } catch (PmException ex) {
        wanted = "MISSING";
      }
      Node cur = e.to();
      String current = cur == null ? "MISSING" : cur.version;
      if (current.equals(wanted) && current.equals(latest)) continue;
      String by = top.isRoot() ? top.source.getFileName().toString() : top.packageName + "@" + top.version;
      rows.add(new String[] {e.name, current, wanted, latest == null ? "" : latest,
          cur == null ? "-" : (cur.link ? cur.location() : cur.location()), by});
    }
    return rows;
  }
}
