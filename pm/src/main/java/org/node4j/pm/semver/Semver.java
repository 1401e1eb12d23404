package org.node4j.pm.semver;

import java.util.Collection;

/** The node-semver functions npm's resolver needs, with the same null/false-on-invalid habits. */
public final class Semver {
  private Semver() {}

  public static boolean valid(String v) { return Version.parse(v) != null; }

  /** {@code semver.clean}: trims and strips a leading {@code =}/{@code v}; null when invalid. */
  public static String clean(String v, boolean loose) {
    if (v == null) return null;
    Version p = Version.parse(v.strip().replaceFirst("^[=v]+", ""), loose);
    return p == null ? null : p.toString();
  }

  public static boolean satisfies(String version, String range) {
    return satisfies(version, range, false, false);
  }

  /** False (never an exception) when either side is invalid, like node-semver. */
  public static boolean satisfies(String version, String range, boolean loose, boolean includePrerelease) {
    Range r;
    try {
      r = Range.parse(range, loose, includePrerelease);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return r.test(Version.parse(version, loose));
  }

  public static String maxSatisfying(Collection<String> versions, String range) {
    return best(versions, range, 1);
  }

  public static String minSatisfying(Collection<String> versions, String range) {
    return best(versions, range, -1);
  }

  private static String best(Collection<String> versions, String range, int sign) {
    Range r;
    try {
      r = Range.parse(range);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String best = null;
    Version bestV = null;
    for (String s : versions) {
      Version v = Version.parse(s);
      if (v == null || !r.test(v)) continue;
      if (bestV == null || Integer.signum(v.compareTo(bestV)) == sign) {
        best = s;
        bestV = v;
      }
    }
    return best;
  }

  public static int compare(String a, String b, boolean loose) {
    Version va = Version.parse(a, loose), vb = Version.parse(b, loose);
    if (va == null) throw new IllegalArgumentException("Invalid Version: " + a);
    if (vb == null) throw new IllegalArgumentException("Invalid Version: " + b);
    return va.compareTo(vb);
  }

  public static boolean gte(String a, String b) { return compare(a, b, true) >= 0; }
}
