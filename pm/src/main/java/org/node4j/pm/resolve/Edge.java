package org.node4j.pm.resolve;

import org.node4j.pm.semver.Semver;

/** A dependency from one node on a name: it resolves by walking up node_modules folders. */
public final class Edge {
  public enum Type { PROD, DEV, OPTIONAL, PEER, PEER_OPTIONAL }

  public final Node from;
  public final String name;
  public final Spec spec;
  public final Type type;
  /** The spec as the manifest wrote it (differs from {@link #spec} when an override replaced it). */
  final String raw;
  /** The override rule set that the node this edge resolves to lives under (null: no overrides). */
  Overrides targetOverrides;

  Edge(Node from, String name, Spec spec, Type type) {
    this(from, name, spec, type, spec.raw());
  }

  Edge(Node from, String name, Spec spec, Type type, String raw) {
    this.from = from;
    this.name = name;
    this.spec = spec;
    this.type = type;
    this.raw = raw;
  }

  public String rawSpec() { return raw; }

  /** The rule set a node placed for this edge gets (arborist's edge.overrides). */
  public Overrides targetOverrides() { return targetOverrides; }

  public boolean dev() { return type == Type.DEV; }

  public boolean optional() { return type == Type.OPTIONAL || type == Type.PEER_OPTIONAL; }

  public boolean peer() { return type == Type.PEER || type == Type.PEER_OPTIONAL; }

  /** The node Node.js would load for this name from {@code from}'s folder, or null. */
  public Node to() { return from.resolve(name); }

  /** npm's edge.valid: resolved and satisfied; a missing optional peer is fine. */
  public boolean valid() {
    Node t = to();
    if (t == null) return type == Type.PEER_OPTIONAL;
    return satisfiedBy(t);
  }

  public boolean missing() { return to() == null; }

  /** npm's dep-valid: does this node fulfil the specifier? */
  public boolean satisfiedBy(Node n) {
    switch (spec.type()) {
      case RANGE:
      case VERSION:
        if (!n.packageName.equals(spec.fetchName())) return false;
        if (spec.fetchSpec().equals("*")) return true;
        return n.version != null && Semver.satisfies(n.version, spec.fetchSpec(), true, false);
      case TAG:
        return n.packageName.equals(spec.fetchName()) && (n.resolved == null
            || n.resolved.startsWith("http://") || n.resolved.startsWith("https://"));
      case REMOTE:
        return spec.fetchSpec().equals(n.resolved);
      case DIRECTORY:
      case LINK:
      case FILE:
        return n.resolved != null && n.resolved.startsWith("file:")
            && Node.samePath(n.resolved.substring(5), from.realDir(), spec.fetchSpec(), n);
      case GIT:
        try {
          return org.node4j.pm.git.GitSpec.parse(spec.fetchSpec()).satisfiedBy(n.resolved, n.version);
        } catch (org.node4j.pm.PmException e) {
          return false;
        }
      default:
        return false;
    }
  }

  @Override
  public String toString() { return from.location() + " -> " + name + "@" + spec.raw() + " (" + type + ")"; }
}
