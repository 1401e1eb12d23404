package org.node4j.pm.semver;

import static org.node4j.pm.semver.Version.Re.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semver range with node-semver's semantics. Like node-semver, a range is first desugared
 * (hyphen, caret, tilde, x-ranges, stars) into a disjunction of comparator sets; a version
 * satisfies it when it passes every comparator of one set, and — unless includePrerelease —
 * a prerelease version only passes when some comparator of that set has a prerelease on the
 * same major.minor.patch tuple.
 */
public final class Range {
  private static final Pattern BUILD_STRIP = Pattern.compile(BUILD);

  private final boolean loose;
  private final boolean includePrerelease;
  private final String raw;
  final List<List<Comparator>> set;

  private Range(String raw, boolean loose, boolean includePrerelease, List<List<Comparator>> set) {
    this.raw = raw;
    this.loose = loose;
    this.includePrerelease = includePrerelease;
    this.set = set;
  }

  public static Range parse(String range) { return parse(range, false, false); }

  /** Throws {@link IllegalArgumentException} where node-semver throws "Invalid SemVer Range". */
  public static Range parse(String range, boolean loose, boolean includePrerelease) {
    String key = (loose ? "L" : "S") + (includePrerelease ? "P" : "-") + range;
    Range cached = CACHE.get(key);
    if (cached != null) return cached;
    Range r = simple(range, loose, includePrerelease);
    if (r == null) r = general(range, loose, includePrerelease);
    if (CACHE.size() < 100_000) CACHE.put(key, r);
    return r;
  }

  /** Ranges repeat a lot within an install (every ^x.y.z of every manifest); they are immutable. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Range> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Fast path for the forms nearly every manifest uses — "*", "", "x", "N.N.N", "^N.N.N",
   * "~N.N.N", ">=N.N.N", joined by "||" — desugared exactly as node-semver does (checked by the
   * recorded-cases test), without its regular expressions. Anything else returns null.
   */
  private static Range simple(String range, boolean loose, boolean incPr) {
    List<List<Comparator>> set = new ArrayList<>();
    int n = range.length(), start = 0;
    while (true) {
      int bar = range.indexOf("||", start);
      int end = bar < 0 ? n : bar;
      int a = start, b = end;
      while (a < b && range.charAt(a) == ' ') a++;
      while (b > a && range.charAt(b - 1) == ' ') b--;
      List<Comparator> cs = simpleSet(range, a, b, incPr);
      if (cs == null) return null;
      set.add(cs);
      if (bar < 0) break;
      start = bar + 2;
    }
    if (set.size() > 1) {
      for (List<Comparator> cs : set) {
        if (cs.size() == 1 && cs.get(0).isAny()) {
          set = new ArrayList<>(List.of(cs));
          break;
        }
      }
    }
    return new Range(range.strip(), loose, incPr, set);
  }

  private static List<Comparator> simpleSet(String s, int a, int b, boolean incPr) {
    if (a == b || (b - a == 1 && "*xX".indexOf(s.charAt(a)) >= 0)) return List.of(Comparator.of("", null));
    char c = s.charAt(a);
    String op = c == '^' ? "^" : c == '~' ? "~" : c == '>' && b - a > 2 && s.charAt(a + 1) == '=' ? ">=" : "";
    Version v = Version.plain(s, a + op.length(), b);
    if (v == null || (v.major == 0 && v.minor == 0 && v.patch == 0)) return null;
    return switch (op) {
      case "" -> List.of(Comparator.of("", v));
      case ">=" -> List.of(Comparator.of(">=", v));
      case "~" -> List.of(Comparator.of(">=", v), Comparator.of("<", pre0(v.major, v.minor + 1, 0)));
      default -> List.of(Comparator.of(">=", v), Comparator.of("<", v.major > 0 ? pre0(v.major + 1, 0, 0)
          : v.minor > 0 ? pre0(0, v.minor + 1, 0) : pre0(0, 0, v.patch + 1)));
    };
  }

  private static Version pre0(long major, long minor, long patch) {
    return new Version(major, minor, patch, List.of(0L), List.of());
  }

  private static Range general(String range, boolean loose, boolean includePrerelease) {
    String raw = range.strip().replaceAll("\\s+", " ");
    Patterns p = loose ? Patterns.LOOSE : Patterns.STRICT;
    List<List<Comparator>> set = new ArrayList<>();
    for (String part : raw.split("\\|\\|", -1)) {
      List<Comparator> cs = parseSet(part.strip(), p, loose, includePrerelease);
      if (!cs.isEmpty()) set.add(cs);
    }
    if (set.isEmpty()) throw new IllegalArgumentException("Invalid SemVer Range: " + raw);
    if (set.size() > 1) {
      List<Comparator> first = set.get(0);
      set.removeIf(cs -> cs.get(0).isNullSet());
      if (set.isEmpty()) {
        set.add(first);
      } else if (set.size() > 1) {
        for (List<Comparator> cs : set) {
          if (cs.size() == 1 && cs.get(0).isAny()) {
            set = new ArrayList<>(List.of(cs));
            break;
          }
        }
      }
    }
    return new Range(raw, loose, includePrerelease, set);
  }

  /** node-semver's Range#intersects: some satisfiable comparator set of each overlaps. */
  public boolean intersects(Range other) {
    for (List<Comparator> a : set) {
      if (!satisfiable(a)) continue;
      for (List<Comparator> b : other.set) {
        if (!satisfiable(b)) continue;
        boolean all = true;
        for (Comparator x : a) {
          for (Comparator y : b) {
            if (!x.intersects(y, includePrerelease)) { all = false; break; }
          }
          if (!all) break;
        }
        if (all) return true;
      }
    }
    return false;
  }

  private boolean satisfiable(List<Comparator> cs) {
    for (int i = 0; i < cs.size(); i++) {
      for (int j = i + 1; j < cs.size(); j++) {
        if (!cs.get(i).intersects(cs.get(j), includePrerelease)) return false;
      }
    }
    return true;
  }

  /** Like node-semver's validRange(): the desugared form, or null when invalid. */
  public static String valid(String range) {
    try {
      return parse(range).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Comparator> parseSet(String r, Patterns p, boolean loose, boolean incPr) {
    r = BUILD_STRIP.matcher(r).replaceAll("");
    r = p.hyphen.matcher(r).replaceFirst(m -> quote(hyphen(m, incPr)));
    r = p.comparatorTrim.matcher(r).replaceAll("$1$2$3");
    r = TILDE_TRIM.matcher(r).replaceAll("$1~");
    r = CARET_TRIM.matcher(r).replaceAll("$1^");
    List<String> parts = new ArrayList<>();
    for (String comp : r.split(" ", -1)) parts.add(parseComparator(comp, p, incPr));
    Pattern gte0 = incPr ? GTE0_PRE : GTE0;
    List<Comparator> out = new ArrayList<>();
    Map<String, Comparator> byValue = new LinkedHashMap<>();
    for (String comp : String.join(" ", parts).split("\\s+", -1)) {
      comp = gte0.matcher(comp.strip()).replaceFirst("");
      if (loose && !p.comparator.matcher(comp).matches()) continue;
      Comparator c = Comparator.parse(comp, loose);
      if (c.isNullSet()) return List.of(c);
      byValue.put(c.value, c);
    }
    if (byValue.size() > 1) byValue.remove("");
    out.addAll(byValue.values());
    return out;
  }

  private static String quote(String s) { return Matcher.quoteReplacement(s); }

  private static String parseComparator(String comp, Patterns p, boolean incPr) {
    comp = BUILD_STRIP.matcher(comp).replaceAll("");
    comp = eachWord(comp.strip(), c -> p.caret.matcher(c).replaceFirst(m -> quote(caret(m, incPr))));
    comp = eachWord(comp.strip(), c -> p.tilde.matcher(c).replaceFirst(m -> quote(tilde(m, incPr))));
    comp = eachWord(comp, c -> {
      String t = c.strip();
      return p.xrange.matcher(t).replaceFirst(m -> quote(xrange(t, m, incPr)));
    });
    return STAR.matcher(comp.strip()).replaceFirst("");
  }

  private static String eachWord(String s, java.util.function.UnaryOperator<String> f) {
    String[] words = s.split("\\s+", -1);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < words.length; k++) {
      if (k > 0) b.append(' ');
      b.append(f.apply(words[k]));
    }
    return b.toString();
  }

  static boolean isX(String id) {
    return id == null || id.isEmpty() || id.equalsIgnoreCase("x") || id.equals("*");
  }

  private static long n(String s) { return Long.parseLong(s); }

  private static String caret(MatchResult m, boolean incPr) {
    String M = m.group(1), mi = m.group(2), p = m.group(3), pr = m.group(4);
    String z = incPr ? "-0" : "";
    if (isX(M)) return "";
    if (isX(mi)) return ">=" + M + ".0.0" + z + " <" + (n(M) + 1) + ".0.0-0";
    if (isX(p)) {
      if (M.equals("0")) return ">=" + M + "." + mi + ".0" + z + " <" + M + "." + (n(mi) + 1) + ".0-0";
      return ">=" + M + "." + mi + ".0" + z + " <" + (n(M) + 1) + ".0.0-0";
    }
    String from = ">=" + M + "." + mi + "." + p + (pr != null && !pr.isEmpty() ? "-" + pr : "");
    if (M.equals("0")) {
      if (mi.equals("0")) return from + " <" + M + "." + mi + "." + (n(p) + 1) + "-0";
      return from + " <" + M + "." + (n(mi) + 1) + ".0-0";
    }
    return from + " <" + (n(M) + 1) + ".0.0-0";
  }

  private static String tilde(MatchResult m, boolean incPr) {
    String M = m.group(1), mi = m.group(2), p = m.group(3), pr = m.group(4);
    String z = incPr ? "-0" : "";
    if (isX(M)) return "";
    if (isX(mi)) return ">=" + M + ".0.0" + z + " <" + (n(M) + 1) + ".0.0-0";
    if (isX(p)) return ">=" + M + "." + mi + ".0" + z + " <" + M + "." + (n(mi) + 1) + ".0-0";
    String from = ">=" + M + "." + mi + "." + p + (pr != null && !pr.isEmpty() ? "-" + pr : "");
    return from + " <" + M + "." + (n(mi) + 1) + ".0-0";
  }

  private static String xrange(String comp, MatchResult m, boolean incPr) {
    String gtlt = m.group(1), M = m.group(2), mi = m.group(3), p = m.group(4);
    // "1.x.2"-style shapes are left as they are (and then fail as comparators).
    if ((isX(M) && !isX(mi)) || (isX(mi) && p != null && !p.isEmpty() && !isX(p))) return comp;
    boolean xM = isX(M), xm = xM || isX(mi), xp = xm || isX(p);
    if (gtlt.equals("=") && xp) gtlt = "";
    String pr = incPr ? "-0" : "";
    if (xM) return gtlt.equals(">") || gtlt.equals("<") ? "<0.0.0-0" : "*";
    if (!gtlt.isEmpty() && xp) {
      long ma = n(M), mn = xm ? 0 : n(mi), pa = 0;
      if (gtlt.equals(">")) {
        gtlt = ">=";
        if (xm) { ma++; mn = 0; } else { mn++; }
        pa = 0;
      } else if (gtlt.equals("<=")) {
        gtlt = "<";
        if (xm) ma++; else mn++;
      }
      if (gtlt.equals("<")) pr = "-0";
      return gtlt + ma + "." + mn + "." + pa + pr;
    }
    if (xm) return ">=" + M + ".0.0" + pr + " <" + (n(M) + 1) + ".0.0-0";
    if (xp) return ">=" + M + "." + mi + ".0" + pr + " <" + M + "." + (n(mi) + 1) + ".0-0";
    return m.group(0);
  }

  private static String hyphen(MatchResult m, boolean incPr) {
    String from = m.group(1), fM = m.group(2), fm = m.group(3), fp = m.group(4), fpr = m.group(5);
    String to = m.group(7), tM = m.group(8), tm = m.group(9), tp = m.group(10), tpr = m.group(11);
    String z = incPr ? "-0" : "";
    if (isX(fM)) from = "";
    else if (isX(fm)) from = ">=" + fM + ".0.0" + z;
    else if (isX(fp)) from = ">=" + fM + "." + fm + ".0" + z;
    else if (fpr != null && !fpr.isEmpty()) from = ">=" + from;
    else from = ">=" + from + z;
    if (isX(tM)) to = "";
    else if (isX(tm)) to = "<" + (n(tM) + 1) + ".0.0-0";
    else if (isX(tp)) to = "<" + tM + "." + (n(tm) + 1) + ".0-0";
    else if (tpr != null && !tpr.isEmpty()) to = "<=" + tM + "." + tm + "." + tp + "-" + tpr;
    else if (incPr) to = "<" + tM + "." + tm + "." + (n(tp) + 1) + "-0";
    else to = "<=" + to;
    return (from + " " + to).strip();
  }

  public boolean test(Version v) {
    if (v == null) return false;
    for (List<Comparator> cs : set) {
      if (testSet(cs, v)) return true;
    }
    return false;
  }

  public boolean test(String version) {
    return test(Version.parse(version, loose));
  }

  private boolean testSet(List<Comparator> cs, Version v) {
    for (Comparator c : cs) {
      if (!c.test(v)) return false;
    }
    if (v.isPrerelease() && !includePrerelease) {
      // A prerelease only matches when the range opted into that exact tuple's prereleases.
      for (Comparator c : cs) {
        if (c.version == null || !c.version.isPrerelease()) continue;
        if (c.version.compareMain(v) == 0) return true;
      }
      return false;
    }
    return true;
  }

  public String raw() { return raw; }

  /** node-semver's {@code range.range}: sets joined with "||", comparators with a space. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < set.size(); k++) {
      if (k > 0) b.append("||");
      List<Comparator> cs = set.get(k);
      for (int j = 0; j < cs.size(); j++) {
        if (j > 0) b.append(' ');
        b.append(cs.get(j).value.strip());
      }
    }
    return b.toString();
  }

  private static final Pattern TILDE_TRIM = Pattern.compile("(\\s*)(?:~>?)\\s+");
  private static final Pattern CARET_TRIM = Pattern.compile("(\\s*)(?:\\^)\\s+");
  private static final Pattern STAR = Pattern.compile("(<|>)?=?\\s*\\*");
  private static final Pattern GTE0 = Pattern.compile("^\\s*>=\\s*0\\.0\\.0\\s*$");
  private static final Pattern GTE0_PRE = Pattern.compile("^\\s*>=\\s*0\\.0\\.0-0\\s*$");

  /** The loose/strict flavours of the range grammar. */
  private static final class Patterns {
    static final Patterns STRICT = new Patterns(XPLAIN, FULL_PLAIN);
    static final Patterns LOOSE = new Patterns(XPLAIN_LOOSE, LOOSE_PLAIN);
    final Pattern hyphen, comparatorTrim, tilde, caret, xrange, comparator;

    Patterns(String xplain, String plain) {
      hyphen = Pattern.compile("^\\s*(" + xplain + ")\\s+-\\s+(" + xplain + ")\\s*$");
      comparatorTrim = Pattern.compile("(\\s*)" + GTLT + "\\s*(" + LOOSE_PLAIN + "|" + XPLAIN + ")");
      tilde = Pattern.compile("^(?:~>?)" + xplain + "$");
      caret = Pattern.compile("^(?:\\^)" + xplain + "$");
      xrange = Pattern.compile("^" + GTLT + "\\s*" + xplain + "$");
      comparator = Pattern.compile("^" + GTLT + "\\s*(" + plain + ")$|^$");
    }
  }
}
