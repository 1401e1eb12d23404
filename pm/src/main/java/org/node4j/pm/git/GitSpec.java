package org.node4j.pm.git;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.node4j.pm.PmException;

/**
 * A git dependency specifier as npm-package-arg and hosted-git-info read it: hosted shortcuts
 * ({@code user/repo}, {@code github:user/repo}, {@code gitlab:}, {@code bitbucket:}), hosted URLs
 * and plain git URLs ({@code git+https:}, {@code git+ssh:}, {@code git+file:}, {@code git:}),
 * each with an optional {@code #committish} or {@code #semver:range}.
 *
 * @param cloneUrls what {@code git} is given, tried in order (hosted: https first, then ssh)
 * @param resolvedBase the repository as npm writes it in {@code resolved}, before {@code #sha}
 * @param identity host and path without protocol, user or {@code .git}: the same repository
 *     reached by different URLs compares equal
 */
public record GitSpec(List<String> cloneUrls, String resolvedBase, String identity, String committish,
    String semverRange) {

  private static final Map<String, String> HOSTS = Map.of(
      "github", "github.com", "gitlab", "gitlab.com", "bitbucket", "bitbucket.org");
  private static final Pattern SHORTCUT = Pattern.compile("^(github|gitlab|bitbucket):([\\w.-]+)/([\\w.-]+?)(\\.git)?$");
  private static final Pattern BARE_GITHUB = Pattern.compile("^([\\w.-]+)/([\\w.-]+?)(\\.git)?$");
  private static final Pattern HOSTED_URL = Pattern.compile(
      "^(?:git\\+)?(?:https|ssh|git)://(?:[^@/]+@)?(github\\.com|gitlab\\.com|bitbucket\\.org)[:/]([\\w.-]+)/([\\w.-]+?)(\\.git)?/?$");
  private static final Pattern SCP = Pattern.compile("^(?:git\\+ssh://)?([^@/:]+@)?([\\w.-]+):(?!//)(.+)$");
  private static final Pattern SHA = Pattern.compile("^[0-9a-f]{40}$");

  /** Whether a lockfile's {@code resolved} names a git checkout. */
  public static boolean isGitResolved(String resolved) {
    return resolved != null && (resolved.startsWith("git+") || resolved.startsWith("git:"));
  }

  /** Whether a spec (the part after the name) is a git spec at all. */
  public static boolean looksLikeGit(String raw) {
    return raw.startsWith("git+") || raw.startsWith("git:") || raw.startsWith("gist:") || SHORTCUT.matcher(raw.replaceFirst("#.*", "")).matches()
        || !raw.startsWith("@") && BARE_GITHUB.matcher(raw.replaceFirst("#.*", "")).matches();
  }

  public static GitSpec parse(String raw) {
    int hash = raw.indexOf('#');
    String repo = hash < 0 ? raw : raw.substring(0, hash);
    String ref = hash < 0 ? null : raw.substring(hash + 1);
    String range = null;
    if (ref != null && ref.startsWith("semver:")) {
      range = ref.substring("semver:".length());
      ref = null;
    }
    if (ref != null && ref.isEmpty()) ref = null;
    Matcher m;
    if ((m = SHORTCUT.matcher(repo)).matches()) return hosted(HOSTS.get(m.group(1)), m.group(2), m.group(3), ref, range);
    if (!repo.contains(":") && (m = BARE_GITHUB.matcher(repo)).matches()) {
      return hosted("github.com", m.group(1), m.group(2), ref, range);
    }
    if ((m = HOSTED_URL.matcher(repo)).matches()) return hosted(m.group(1), m.group(2), m.group(3), ref, range);
    if (repo.startsWith("git+ssh://") && (m = SCP.matcher(repo)).matches()) {
      // git+ssh://git@host:path (scp-like): git itself wants it without the scheme
      String url = (m.group(1) == null ? "" : m.group(1)) + m.group(2) + ":" + m.group(3);
      return new GitSpec(List.of(url), repo, identity(m.group(2) + "/" + m.group(3)), ref, range);
    }
    if (repo.startsWith("git+") || repo.startsWith("git://")) {
      String url = repo.startsWith("git+") ? repo.substring(4) : repo;
      return new GitSpec(List.of(url), repo, identity(url.replaceFirst("^[a-z]+://", "").replaceFirst("^[^@/]+@", "")), ref, range);
    }
    throw new PmException("EUNSUPPORTEDPROTOCOL", "Unsupported URL Type: " + raw);
  }

  private static GitSpec hosted(String host, String user, String project, String ref, String range) {
    String path = user + "/" + project + ".git";
    return new GitSpec(List.of("https://" + host + "/" + path, "git@" + host + ":" + path),
        "git+ssh://git@" + host + "/" + path, host + "/" + user + "/" + project, ref, range);
  }

  private static String identity(String hostAndPath) {
    return hostAndPath.replaceFirst("\\.git/?$", "").replaceFirst("/$", "");
  }

  /** The {@code #sha} part of a resolved URL, or null. */
  public static String shaOf(String resolved) {
    int hash = resolved.lastIndexOf('#');
    String sha = hash < 0 ? null : resolved.substring(hash + 1);
    return sha != null && SHA.matcher(sha).matches() ? sha : null;
  }

  public boolean committishIsSha() {
    return committish != null && committish.matches("[0-9a-f]{7,40}");
  }

  /**
   * npm's dep-valid for git edges: the node came from the same repository and, when the spec
   * pins a commit or a semver range, from that commit or a version in that range.
   */
  public boolean satisfiedBy(String resolved, String version) {
    if (!isGitResolved(resolved)) return false;
    GitSpec other;
    try {
      other = parse(resolved);
    } catch (PmException e) {
      return false;
    }
    if (!other.identity.equals(identity)) return false;
    if (committishIsSha()) return other.committish != null && other.committish.startsWith(committish);
    if (semverRange != null) {
      return version != null && org.node4j.pm.semver.Semver.satisfies(version, semverRange, true, false);
    }
    return true;
  }
}
