package org.node4j.pm.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.registry.RegistryClient;
import org.node4j.pm.resolve.Edge;
import org.node4j.pm.resolve.Node;
import org.node4j.pm.semver.Semver;

/**
 * {@code npm audit}: every name@version of the locked tree goes to the registry's bulk advisory
 * endpoint; advisories whose vulnerable_versions match an installed version are reported like
 * npm (human or --json), exit 1 when any reaches --audit-level. Not done: "via" chains through
 * dependents, npm's simplified ranges, and {@code audit fix}.
 */
final class Audit {
  static final List<String> LEVELS = List.of("info", "low", "moderate", "high", "critical");

  private Audit() {}

  record Vuln(String name, String severity, List<Map<String, Object>> via, Set<String> nodes, boolean direct,
      boolean fix) {}

  static int run(Node root, RegistryClient registry, Set<String> omit, boolean json, String auditLevel,
      PrintStream out, PrintStream err) {
    Map<String, Set<String>> payload = new TreeMap<>();
    Map<String, List<Node>> byName = new LinkedHashMap<>();
    int[] deps = new int[4]; // prod, dev, optional, peer
    for (Node n : root.all()) {
      if (n.isRoot() || n.link || n.version == null) continue;
      if ((n.dev && omit.contains("dev")) || (n.optional && omit.contains("optional")) || (n.peer && omit.contains("peer"))) {
        continue;
      }
      payload.computeIfAbsent(n.packageName, k -> new LinkedHashSet<>()).add(n.version);
      byName.computeIfAbsent(n.packageName, k -> new ArrayList<>()).add(n);
      if (n.dev) deps[1]++;
      else if (n.optional) deps[2]++;
      else if (n.peer) deps[3]++;
      else deps[0]++;
    }
    RegistryClient.AuditResponse r = registry.auditBulk(payload);
    if (r.status() < 200 || r.status() >= 300) {
      String body = r.body();
      String reason = r.status() == 404 ? "Not Found" : r.status() == 401 ? "Unauthorized"
          : r.status() == 403 ? "Forbidden" : "Error";
      String msg = "";
      try {
        Map<String, Object> b = Json.parseObject(body);
        if (b.get("error") instanceof String s) msg = " - " + s;
        out.println(inspect(b));
      } catch (RuntimeException notJson) {
        out.println(body);
      }
      err.println("npm warn audit " + r.status() + " " + reason + " - POST " + r.url() + msg);
      throw new PmException(null, "audit endpoint returned an error");
    }
    Map<String, Object> advisories;
    try {
      advisories = Json.parseObject(r.body());
    } catch (RuntimeException e) {
      throw new PmException("EJSONPARSE", "Invalid JSON from " + r.url() + ": " + e.getMessage());
    }
    List<Vuln> vulns = new ArrayList<>();
    for (Map.Entry<String, List<Node>> e : byName.entrySet()) {
      if (!(advisories.get(e.getKey()) instanceof List<?> list)) continue;
      List<Map<String, Object>> via = new ArrayList<>();
      Set<String> nodes = new LinkedHashSet<>();
      String sev = null;
      boolean direct = false;
      for (Object o : list) {
        Map<String, Object> adv = Json.obj(o);
        String range = adv == null ? null : Json.str(adv.get("vulnerable_versions"));
        if (range == null) continue;
        boolean hit = false;
        for (Node n : e.getValue()) {
          if (Semver.satisfies(n.version, range, true, false)) {
            hit = true;
            nodes.add(n.location());
            for (Edge in : n.edgesIn()) direct |= in.from.isRoot();
          }
        }
        if (!hit) continue;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("source", adv.get("id"));
        v.put("name", e.getKey());
        v.put("dependency", e.getKey());
        v.put("title", adv.get("title"));
        v.put("url", adv.get("url"));
        v.put("severity", adv.get("severity"));
        v.put("cwe", adv.get("cwe"));
        v.put("cvss", adv.get("cvss"));
        v.put("range", range);
        via.add(v);
        String s = Json.str(adv.get("severity"));
        if (sev == null || LEVELS.indexOf(s) > LEVELS.indexOf(sev)) sev = s;
      }
      if (via.isEmpty()) continue;
      vulns.add(new Vuln(e.getKey(), sev, via, nodes, direct, fixInRange(registry, e.getValue(), via)));
    }
    vulns.sort((a, b) -> a.name.compareTo(b.name));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String l : LEVELS) counts.put(l, 0);
    for (Vuln v : vulns) counts.merge(v.severity, 1, Integer::sum);
    if (json) printJson(vulns, counts, deps, out);
    else printHuman(vulns, counts, out);
    int threshold = auditLevel == null ? 0 : Math.max(0, LEVELS.indexOf(auditLevel));
    for (Vuln v : vulns) if (LEVELS.indexOf(v.severity) >= threshold) return 1;
    return 0;
  }

  /** Is there a version outside every advisory that all dependents' ranges accept? */
  private static boolean fixInRange(RegistryClient registry, List<Node> nodes, List<Map<String, Object>> via) {
    Map<String, Object> versions;
    try {
      versions = Json.obj(registry.packument(nodes.get(0).packageName).get("versions"));
    } catch (PmException e) {
      return false;
    }
    if (versions == null) return false;
    for (String v : versions.keySet()) {
      boolean bad = false;
      for (Map<String, Object> adv : via) bad |= Semver.satisfies(v, (String) adv.get("range"), true, false);
      if (bad) continue;
      boolean ok = true;
      for (Node n : nodes) {
        for (Edge in : n.edgesIn()) {
          if (in.spec.isRegistry() && !Semver.satisfies(v, in.spec.fetchSpec().isEmpty() ? "*" : in.spec.fetchSpec(), true, false)) {
            ok = false;
          }
        }
      }
      if (ok) return true;
    }
    return false;
  }

  private static void printHuman(List<Vuln> vulns, Map<String, Integer> counts, PrintStream out) {
    if (vulns.isEmpty()) {
      out.println("found 0 vulnerabilities");
      return;
    }
    out.println("# npm audit report");
    out.println();
    for (Vuln v : vulns) {
      List<String> ranges = new ArrayList<>();
      for (Map<String, Object> a : v.via) if (!ranges.contains((String) a.get("range"))) ranges.add((String) a.get("range"));
      out.println(v.name + "  " + String.join(" || ", ranges));
      out.println("Severity: " + v.severity);
      for (Map<String, Object> a : v.via) out.println(a.get("title") + " - " + a.get("url"));
      out.println(v.fix ? "fix available via `npm audit fix`" : "No fix available");
      for (String n : v.nodes) out.println(n);
      out.println();
    }
    int total = vulns.size();
    List<String> parts = new ArrayList<>();
    String only = null;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > 0) {
        parts.add(c.getValue() + " " + c.getKey());
        only = c.getKey();
      }
    }
    out.println(parts.size() == 1 ? total + " " + only + " severity vulnerabilit" + (total == 1 ? "y" : "ies")
        : total + " vulnerabilities (" + String.join(", ", parts) + ")");
    out.println();
    boolean anyFix = vulns.stream().anyMatch(Vuln::fix), allFix = vulns.stream().allMatch(Vuln::fix);
    if (anyFix) {
      out.println(allFix ? "To address all issues, run:" : "To address issues that do not require attention, run:");
      out.println("  npm audit fix");
      if (!allFix) out.println();
    }
    if (!allFix) {
      out.println("Some issues need review, and may require choosing");
      out.println("a different dependency.");
    }
  }

  private static void printJson(List<Vuln> vulns, Map<String, Integer> counts, int[] deps, PrintStream out) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("auditReportVersion", 2L);
    Map<String, Object> vs = new LinkedHashMap<>();
    for (Vuln v : vulns) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", v.name);
      m.put("severity", v.severity);
      m.put("isDirect", v.direct);
      m.put("via", v.via);
      m.put("effects", List.of());
      List<String> ranges = new ArrayList<>();
      for (Map<String, Object> a : v.via) if (!ranges.contains((String) a.get("range"))) ranges.add((String) a.get("range"));
      m.put("range", String.join(" || ", ranges));
      m.put("nodes", new ArrayList<>(v.nodes));
      m.put("fixAvailable", v.fix);
      vs.put(v.name, m);
    }
    report.put("vulnerabilities", vs);
    Map<String, Object> vm = new LinkedHashMap<>();
    counts.forEach((k, c) -> vm.put(k, (long) c));
    vm.put("total", (long) vulns.size());
    Map<String, Object> dm = new LinkedHashMap<>();
    dm.put("prod", (long) deps[0] + 1);
    dm.put("dev", (long) deps[1]);
    dm.put("optional", (long) deps[2]);
    dm.put("peer", (long) deps[3]);
    dm.put("peerOptional", 0L);
    dm.put("total", (long) (deps[0] + deps[1] + deps[2] + deps[3]));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("vulnerabilities", vm);
    meta.put("dependencies", dm);
    report.put("metadata", meta);
    out.println(Json.stringify(report));
  }

  /** util.inspect of a flat object, as npm prints an endpoint's error body: { error: 'Not found' }. */
  static String inspect(Map<String, Object> m) {
    if (m.isEmpty()) return "{}";
    StringBuilder b = new StringBuilder("{ ");
    boolean first = true;
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (!first) b.append(", ");
      first = false;
      String k = e.getKey().matches("[A-Za-z_$][A-Za-z0-9_$]*") ? e.getKey() : "'" + e.getKey() + "'";
      Object v = e.getValue();
      b.append(k).append(": ").append(v instanceof String s ? "'" + s.replace("'", "\\'") + "'" : Json.stringifyCompact(v));
    }
    return b.append(" }").toString();
  }
}
