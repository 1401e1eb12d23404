package org.node4j.pm.resolve;

import java.util.regex.Pattern;
import org.node4j.pm.PmException;
import org.node4j.pm.semver.Range;
import org.node4j.pm.semver.Version;

/**
 * A dependency specifier classified like npm-package-arg: registry version/range/tag, npm:
 * alias, file:/directory, link:, tarball URL or git. {@code name} is the folder name the
 * dependency is installed under; {@code fetchName} is the registry package actually fetched
 * (they differ only for aliases).
 */
public record Spec(String name, String raw, Type type, String fetchName, String fetchSpec) {
  public enum Type { VERSION, RANGE, TAG, FILE, DIRECTORY, LINK, REMOTE, GIT }

  private static final Pattern NAME = Pattern.compile("^(@[a-z0-9][\\w.-]*/)?[a-z0-9~][\\w.~-]*$",
      Pattern.CASE_INSENSITIVE);

  public boolean isRegistry() {
    return type == Type.VERSION || type == Type.RANGE || type == Type.TAG;
  }

  public static Spec parse(String name, String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.startsWith("npm:")) {
      String target = s.substring(4);
      int at = target.indexOf('@', target.startsWith("@") ? 1 : 0);
      String real = at < 0 ? target : target.substring(0, at);
      String sub = at < 0 ? "" : target.substring(at + 1);
      if (!validName(real)) throw new PmException("EINVALIDPACKAGENAME", "Invalid package name \"" + real + "\" in " + raw);
      Spec inner = parse(real, sub);
      if (!inner.isRegistry()) {
        throw new PmException("EUNSUPPORTEDPROTOCOL", "aliases only work with registry packages: " + raw);
      }
      return new Spec(name, s, inner.type, real, inner.fetchSpec);
    }
    if (s.startsWith("link:")) return new Spec(name, s, Type.LINK, name, s.substring(5));
    if (s.startsWith("file:")) {
      String path = s.substring(5);
      return new Spec(name, s, isTarballPath(path) ? Type.FILE : Type.DIRECTORY, name, path);
    }
    if (s.startsWith("./") || s.startsWith("../") || s.startsWith("/") || s.startsWith("~/") || s.equals(".") || s.equals("..")) {
      return new Spec(name, s, isTarballPath(s) ? Type.FILE : Type.DIRECTORY, name, s);
    }
    if (s.startsWith("http://") || s.startsWith("https://")) return new Spec(name, s, Type.REMOTE, name, s);
    if (org.node4j.pm.git.GitSpec.looksLikeGit(s) && !s.contains(" ")) return new Spec(name, s, Type.GIT, name, s);
    if (s.isEmpty() || s.equals("*")) return new Spec(name, s, Type.RANGE, name, "*");
    if (Version.parse(s, true) != null) return new Spec(name, s, Type.VERSION, name, s);
    try {
      Range.parse(s, true, false);
      return new Spec(name, s, Type.RANGE, name, s);
    } catch (IllegalArgumentException e) {
      // not a range: a dist-tag, which must be URI-safe
    }
    if (s.matches("[\\w.~-]+")) return new Spec(name, s, Type.TAG, name, s);
    throw new PmException("EINVALIDTAGNAME", "Invalid tag name \"" + s + "\" of package \"" + name + "@" + s
        + "\": Tags may not have any characters that encodeURIComponent encodes.");
  }

  private static boolean isTarballPath(String p) {
    return p.endsWith(".tgz") || p.endsWith(".tar.gz") || p.endsWith(".tar");
  }

  public static boolean validName(String n) {
    return n != null && n.length() <= 214 && NAME.matcher(n).matches() && !n.startsWith(".") && !n.startsWith("_");
  }

  /**
   * "foo", "foo@^1", "@s/foo@2", "alias@npm:foo@1" as typed on the command line: returns
   * {name, spec}; a bare name gets spec "" so that the latest tag is used.
   */
  public static String[] splitArg(String arg) {
    int at = arg.indexOf('@', arg.startsWith("@") ? 1 : 0);
    if (arg.startsWith("./") || arg.startsWith("../") || arg.startsWith("/") || arg.startsWith("file:")
        || arg.startsWith("http://") || arg.startsWith("https://") || org.node4j.pm.git.GitSpec.looksLikeGit(arg)) {
      return new String[] {null, arg};
    }
    if (at < 0) return new String[] {arg, ""};
    return new String[] {arg.substring(0, at), arg.substring(at + 1)};
  }

  @Override
  public String toString() { return name + "@" + raw; }
}
