package org.node4j.pm.semver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One primitive comparator ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code =}, or any). */
final class Comparator {
  private static final Pattern STRICT =
      Pattern.compile("^" + Version.Re.GTLT + "\\s*(" + Version.Re.FULL_PLAIN + ")$|^$");
  private static final Pattern LOOSE =
      Pattern.compile("^" + Version.Re.GTLT + "\\s*(" + Version.Re.LOOSE_PLAIN + ")$|^$");

  final String op;
  /** Null means "any version" (node-semver's Comparator.ANY). */
  final Version version;
  final String value;

  private Comparator(String op, Version version) {
    this.op = op;
    this.version = version;
    this.value = version == null ? "" : op + version;
  }

  /** Built directly (the fast paths of {@link Range}); op is "", "<", "<=", ">" or ">=". */
  static Comparator of(String op, Version version) { return new Comparator(op, version); }

  static Comparator parse(String comp, boolean loose) {
    comp = comp.strip().replaceAll("\\s+", " ");
    Matcher m = (loose ? LOOSE : STRICT).matcher(comp);
    if (!m.matches()) throw new IllegalArgumentException("Invalid comparator: " + comp);
    String op = m.group(1) == null ? "" : m.group(1);
    if (op.equals("=")) op = "";
    if (m.group(2) == null) return new Comparator("", null);
    Version v = Version.parse(m.group(2), loose);
    if (v == null) throw new IllegalArgumentException("Invalid Version: " + m.group(2));
    return new Comparator(op, v);
  }

  boolean isAny() { return version == null; }

  /** {@code <0.0.0-0}: the comparator that nothing satisfies. */
  boolean isNullSet() { return value.equals("<0.0.0-0"); }

  /** node-semver's Comparator#intersects. */
  boolean intersects(Comparator c, boolean includePrerelease) {
    if (op.isEmpty()) return version == null || c.test(version);
    if (c.op.isEmpty()) return c.version == null || test(c.version);
    if (includePrerelease && (isNullSet() || c.isNullSet())) return false;
    if (!includePrerelease && (value.startsWith("<0.0.0") || c.value.startsWith("<0.0.0"))) return false;
    if (op.startsWith(">") && c.op.startsWith(">")) return true;
    if (op.startsWith("<") && c.op.startsWith("<")) return true;
    int cmp = version.compareTo(c.version);
    if (cmp == 0 && op.contains("=") && c.op.contains("=")) return true;
    if (cmp < 0 && op.startsWith(">") && c.op.startsWith("<")) return true;
    return cmp > 0 && op.startsWith("<") && c.op.startsWith(">");
  }

  boolean test(Version v) {
    if (version == null) return true;
    int c = v.compareTo(version);
    return switch (op) {
      case "" -> c == 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> throw new IllegalStateException(op);
    };
  }
}
