package org.node4j.pm.resolve;

import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;

/**
 * Builds a node's outgoing edges from its manifest in arborist's order, so a later type wins
 * for the same name: peer, peerOptional, prod, optional, then dev (top-level packages only).
 * With --legacy-peer-deps peer dependencies are not edges at all.
 */
public final class Edges {
  private Edges() {}

  public static void load(Node n, boolean top, boolean legacyPeerDeps) {
    n.edgesOut.clear();
    Map<String, Object> pkg = n.pkg;
    boolean project = n.isRoot() && n.name.isEmpty(); // a fresh dependency has no parent yet either
    if (project) n.overrides = Overrides.forRoot(pkg);
    if (!legacyPeerDeps) {
      Map<String, Object> meta = Json.obj(pkg.get("peerDependenciesMeta"));
      for (Map.Entry<String, String> e : Json.strMap(pkg.get("peerDependencies")).entrySet()) {
        Map<String, Object> m = meta == null ? null : Json.obj(meta.get(e.getKey()));
        boolean opt = m != null && Boolean.TRUE.equals(m.get("optional"));
        add(n, e.getKey(), e.getValue(), opt ? Edge.Type.PEER_OPTIONAL : Edge.Type.PEER);
      }
    }
    for (Map.Entry<String, String> e : Json.strMap(pkg.get("dependencies")).entrySet()) {
      add(n, e.getKey(), e.getValue(), Edge.Type.PROD);
    }
    for (Map.Entry<String, String> e : Json.strMap(pkg.get("optionalDependencies")).entrySet()) {
      add(n, e.getKey(), e.getValue(), Edge.Type.OPTIONAL);
    }
    if (top) {
      for (Map.Entry<String, String> e : Json.strMap(pkg.get("devDependencies")).entrySet()) {
        add(n, e.getKey(), e.getValue(), Edge.Type.DEV);
      }
    }
    if (n.isRoot() && n.source != null) {
      for (Map.Entry<String, java.nio.file.Path> ws : Workspaces.find(n.source, pkg).entrySet()) {
        String rel = n.source.relativize(ws.getValue()).toString().replace('\\', '/');
        Edge e = new Edge(n, ws.getKey(), new Spec(ws.getKey(), "file:" + rel,
            Spec.Type.DIRECTORY, ws.getKey(), rel), Edge.Type.PROD);
        e.targetOverrides = n.overrides;
        n.edgesOut.put(ws.getKey(), e);
      }
    }
    if (project) Overrides.checkRoot(n);
  }

  private static void add(Node n, String name, String raw, Edge.Type type) {
    Overrides rule = n.overrides == null ? null : n.overrides.edgeRule(name, raw);
    String effective = raw;
    if (rule != null && !(n.isRoot() && n.name.isEmpty()) && rule.replacement(name) != null) effective = rule.replacement(name);
    Spec spec;
    try {
      spec = Spec.parse(name, effective);
    } catch (PmException e) {
      // Kept as an unsupported spec: it only fails if something actually needs to fetch it.
      spec = new Spec(name, effective, Spec.Type.GIT, name, effective);
    }
    Edge edge = new Edge(n, name, spec, type, raw);
    edge.targetOverrides = rule;
    n.edgesOut.put(name, edge);
  }
}
