package org.node4j.pm.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * gitignore-style patterns as npm-packlist reads them from .npmignore/.gitignore: "#" comments,
 * "!" negation (last match wins), a leading or inner "/" anchors to the file's folder, a trailing
 * "/" matches folders only, "*", "?" and "**".
 */
public final class IgnoreRules {
  private record Rule(Pattern re, boolean negate, boolean dirOnly) {}

  private final List<Rule> rules = new ArrayList<>();

  public static IgnoreRules parse(String text) {
    IgnoreRules r = new IgnoreRules();
    for (String line : text.split("\r?\n")) r.add(line);
    return r;
  }

  public IgnoreRules add(String line) {
    String p = line.strip();
    if (p.isEmpty() || p.startsWith("#")) return this;
    boolean neg = p.startsWith("!");
    if (neg) p = p.substring(1);
    boolean dirOnly = p.endsWith("/");
    if (dirOnly) p = p.substring(0, p.length() - 1);
    boolean anchored = p.startsWith("/") || p.substring(0, Math.max(0, p.length() - 1)).contains("/");
    if (p.startsWith("/")) p = p.substring(1);
    String re = (anchored ? "^" : "^(?:.*/)?") + globToRegex(p) + "(?:/.*)?$";
    rules.add(new Rule(Pattern.compile(re), neg, dirOnly));
    return this;
  }

  static String globToRegex(String g) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
            i++;
            b.append("(?:.*/)?");
          } else {
            b.append(".*");
          }
        } else {
          b.append("[^/]*");
        }
      } else if (c == '?') {
        b.append("[^/]");
      } else if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Decision for a relative path ("a/b.js"): TRUE ignored, FALSE re-included by a "!" rule, null
   * when no rule matched.
   */
  public Boolean ignored(String rel, boolean isDir) {
    Boolean result = null;
    for (Rule r : rules) {
      if (r.dirOnly && !isDir && !rel.contains("/")) continue;
      String subject = rel;
      if (r.dirOnly && !isDir) {
        // "dir/" matches files below a folder of that name, not a file with that name
        int slash = rel.lastIndexOf('/');
        subject = rel.substring(0, slash);
      }
      if (r.re.matcher(subject).matches()) result = !r.negate;
    }
    return result;
  }
}
