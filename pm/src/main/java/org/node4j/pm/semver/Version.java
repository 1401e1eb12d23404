package org.node4j.pm.semver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version with node-semver's parsing and ordering rules: strict form
 * {@code v?M.m.p(-pre)?(+build)?}, loose form additionally allowing leading {@code =}/spaces,
 * leading zeros and a prerelease without the hyphen. Numeric parts above
 * Number.MAX_SAFE_INTEGER are invalid, as in JS.
 */
public final class Version implements Comparable<Version> {
  static final long MAX_SAFE_INTEGER = 9007199254740991L;
  static final int MAX_LENGTH = 256;

  public final long major;
  public final long minor;
  public final long patch;
  /** Each identifier is a Long (all digits) or a String, exactly as node-semver keeps them. */
  public final List<Object> prerelease;
  public final List<String> build;

  Version(long major, long minor, long patch, List<Object> prerelease, List<String> build) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.prerelease = prerelease;
    this.build = build;
  }

  public static Version parse(String v) { return parse(v, false); }

  /** Returns null for anything node-semver's {@code new SemVer(v, {loose})} would reject. */
  public static Version parse(String v, boolean loose) {
    if (v == null || v.length() > MAX_LENGTH) return null;
    Version plain = plain(v, 0, v.length());
    if (plain != null) return plain;
    Matcher m = (loose ? Re.FULL_LOOSE : Re.FULL).matcher(v.strip());
    if (!m.matches()) return null;
    return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
  }

  /**
   * Fast path for the overwhelmingly common "N.N.N" (no prerelease, build, "v", spaces or
   * leading zeros): the same Version the regular expressions would give, without them.
   * Returns null when the text is anything else (the caller then takes the general path).
   */
  static Version plain(String s, int from, int to) {
    long[] parts = new long[3];
    int k = 0, i = from;
    while (k < 3) {
      int start = i;
      long n = 0;
      while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        n = n * 10 + (s.charAt(i) - '0');
        if (n > MAX_SAFE_INTEGER) return null;
        i++;
      }
      if (i == start || (i - start > 1 && s.charAt(start) == '0')) return null;
      parts[k++] = n;
      if (k < 3) {
        if (i >= to || s.charAt(i) != '.') return null;
        i++;
      }
    }
    return i == to ? new Version(parts[0], parts[1], parts[2], List.of(), List.of()) : null;
  }

  static Version fromParts(String ma, String mi, String pa, String pre, String bld) {
    long major = num(ma), minor = num(mi), patch = num(pa);
    if (major < 0 || minor < 0 || patch < 0) return null;
    List<Object> prl = new ArrayList<>();
    if (pre != null) {
      for (String id : pre.split("\\.", -1)) {
        if (id.chars().allMatch(Character::isDigit)) {
          long n = num(id);
          // node-semver keeps digit strings beyond MAX_SAFE_INTEGER as strings.
          prl.add(n >= 0 ? (Object) n : id);
        } else {
          prl.add(id);
        }
      }
    }
    List<String> bl = bld == null ? List.of() : List.of(bld.split("\\.", -1));
    return new Version(major, minor, patch, Collections.unmodifiableList(prl), bl);
  }

  private static long num(String s) {
    if (s.length() > 16) return -1;
    long n = Long.parseLong(s);
    return n > MAX_SAFE_INTEGER ? -1 : n;
  }

  public boolean isPrerelease() { return !prerelease.isEmpty(); }

  /** node-semver's compare(): main triple, then prerelease; build metadata is ignored. */
  @Override
  public int compareTo(Version o) {
    int c = compareMain(o);
    return c != 0 ? c : comparePre(o);
  }

  public int compareMain(Version o) {
    int c = Long.compare(major, o.major);
    if (c == 0) c = Long.compare(minor, o.minor);
    if (c == 0) c = Long.compare(patch, o.patch);
    return c;
  }

  int comparePre(Version o) {
    if (!prerelease.isEmpty() && o.prerelease.isEmpty()) return -1;
    if (prerelease.isEmpty() && !o.prerelease.isEmpty()) return 1;
    for (int k = 0; ; k++) {
      if (k >= prerelease.size() && k >= o.prerelease.size()) return 0;
      if (k >= o.prerelease.size()) return 1;
      if (k >= prerelease.size()) return -1;
      int c = compareIdentifiers(prerelease.get(k), o.prerelease.get(k));
      if (c != 0) return c;
    }
  }

  /** compareBuild(): used by sort so that builds order deterministically. */
  public int compareBuild(Version o) {
    int c = compareTo(o);
    if (c != 0) return c;
    for (int k = 0; ; k++) {
      if (k >= build.size() && k >= o.build.size()) return 0;
      if (k >= o.build.size()) return 1;
      if (k >= build.size()) return -1;
      c = compareIdentifiers(ident(build.get(k)), ident(o.build.get(k)));
      if (c != 0) return c;
    }
  }

  private static Object ident(String s) {
    return s.chars().allMatch(Character::isDigit) && s.length() < 16 ? (Object) Long.parseLong(s) : s;
  }

  static int compareIdentifiers(Object a, Object b) {
    boolean an = a instanceof Long, bn = b instanceof Long;
    if (an && bn) return Long.compare((Long) a, (Long) b);
    if (an) return -1;
    if (bn) return 1;
    return Integer.signum(((String) a).compareTo((String) b));
  }

  /** The normalized form node-semver calls {@code .version}: no build, no leading v. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
    if (!prerelease.isEmpty()) {
      b.append('-');
      for (int k = 0; k < prerelease.size(); k++) {
        if (k > 0) b.append('.');
        b.append(prerelease.get(k));
      }
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) { return o instanceof Version v && compareTo(v) == 0; }

  @Override
  public int hashCode() { return toString().hashCode(); }

  /** Regular expressions shared with {@link Range}, mirroring node-semver's documented grammar. */
  static final class Re {
    static final String NUM = "0|[1-9]\\d*";
    static final String NUM_LOOSE = "\\d+";
    static final String NONNUM = "\\d*[a-zA-Z-][a-zA-Z0-9-]*";
    static final String MAIN = "(" + NUM + ")\\.(" + NUM + ")\\.(" + NUM + ")";
    static final String MAIN_LOOSE = "(" + NUM_LOOSE + ")\\.(" + NUM_LOOSE + ")\\.(" + NUM_LOOSE + ")";
    static final String PRE_ID = "(?:" + NUM + "|" + NONNUM + ")";
    static final String PRE_ID_LOOSE = "(?:" + NUM_LOOSE + "|" + NONNUM + ")";
    static final String PRE = "(?:-(" + PRE_ID + "(?:\\." + PRE_ID + ")*))";
    static final String PRE_LOOSE = "(?:-?(" + PRE_ID_LOOSE + "(?:\\." + PRE_ID_LOOSE + ")*))";
    static final String BUILD_ID = "[a-zA-Z0-9-]+";
    static final String BUILD = "(?:\\+(" + BUILD_ID + "(?:\\." + BUILD_ID + ")*))";
    static final String FULL_PLAIN = "v?" + MAIN + PRE + "?" + BUILD + "?";
    static final String LOOSE_PLAIN = "[v=\\s]*" + MAIN_LOOSE + PRE_LOOSE + "?" + BUILD + "?";
    static final Pattern FULL = Pattern.compile("^" + FULL_PLAIN + "$");
    static final Pattern FULL_LOOSE = Pattern.compile("^" + LOOSE_PLAIN + "$");
    static final String XID = "(?:" + NUM + "|x|X|\\*)";
    static final String XID_LOOSE = "(?:" + NUM_LOOSE + "|x|X|\\*)";
    static final String XPLAIN = "[v=\\s]*(" + XID + ")(?:\\.(" + XID + ")(?:\\.(" + XID + ")(?:" + PRE + ")?" + BUILD + "?)?)?";
    static final String XPLAIN_LOOSE = "[v=\\s]*(" + XID_LOOSE + ")(?:\\.(" + XID_LOOSE + ")(?:\\.(" + XID_LOOSE + ")(?:" + PRE_LOOSE + ")?" + BUILD + "?)?)?";
    static final String GTLT = "((?:<|>)?=?)";

    private Re() {}
  }
}
