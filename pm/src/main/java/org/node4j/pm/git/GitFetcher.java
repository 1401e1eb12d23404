package org.node4j.pm.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.ContentCache;
import org.node4j.pm.cache.Integrity;
import org.node4j.pm.pack.Packer;
import org.node4j.pm.resolve.ManifestSource;
import org.node4j.pm.semver.Semver;

/**
 * Git dependencies through the {@code git} command, as pacote does: a committish is resolved
 * to a commit with {@code git ls-remote}, the commit is cloned and packed with npm's file rules
 * (after its {@code prepare} script, when the project trusts the package), and the tarball is
 * kept in the cache under the repository and commit, so a locked install needs git only once.
 */
public final class GitFetcher {
  /** Runs a cloned package's prepare step (its dependencies, then the script); null: skip it. */
  public interface Preparer {
    void prepare(Path checkout, Map<String, Object> pkg);
  }

  private final String git;
  private final Map<String, String> env;
  private final Path store;
  private final boolean offline;
  private volatile Preparer preparer;
  private final Map<String, byte[]> packed = new ConcurrentHashMap<>();

  public GitFetcher(String git, Map<String, String> env, ContentCache cache, boolean offline) {
    this.git = git;
    this.env = env;
    this.store = cache.root().resolve("git-v1");
    this.offline = offline;
  }

  public void preparer(Preparer p) { this.preparer = p; }

  /** The commit a spec names: its sha, the branch or tag it names, the best semver tag, or HEAD. */
  public String resolve(GitSpec spec, String label) {
    if (spec.committish() != null && spec.committish().matches("[0-9a-f]{40}")) return spec.committish();
    Map<String, String> refs = lsRemote(spec);
    if (spec.semverRange() != null) {
      Map<String, String> byVersion = new LinkedHashMap<>();
      for (var e : refs.entrySet()) {
        if (!e.getKey().startsWith("refs/tags/")) continue;
        String v = Semver.clean(e.getKey().substring("refs/tags/".length()), true);
        if (v != null) byVersion.put(v, e.getValue());
      }
      String best = Semver.maxSatisfying(byVersion.keySet(), spec.semverRange());
      if (best == null) {
        throw new PmException("ETARGET", "No matching version found for " + label + ".",
            "In most cases you or one of your dependencies are requesting\na package version that doesn't exist.");
      }
      return byVersion.get(best);
    }
    String ref = spec.committish() == null ? "HEAD" : spec.committish();
    for (String name : List.of(ref, "refs/tags/" + ref, "refs/heads/" + ref)) {
      if (refs.containsKey(name)) return refs.get(name);
    }
    if (spec.committishIsSha()) {
      for (String sha : refs.values()) if (sha.startsWith(ref)) return sha;
      return revParse(spec, ref);
    }
    throw new PmException("ETARGET", "Could not find the git ref \"" + ref + "\" of " + label,
        "git ls-remote " + spec.cloneUrls().get(0) + " has no branch or tag of that name.");
  }

  /** The packed package at a resolved {@code git+...#sha} URL, from the cache or a fresh clone. */
  public byte[] tarball(String resolved, String label) {
    return packed.computeIfAbsent(resolved, r -> load(r, label));
  }

  private byte[] load(String resolved, String label) {
    GitSpec spec = GitSpec.parse(resolved);
    String sha = GitSpec.shaOf(resolved);
    if (sha == null) throw new PmException("EUNSUPPORTEDPROTOCOL", "git dependency without a commit: " + resolved);
    Path file = store.resolve(Integrity.hex("sha256", spec.identity().getBytes(StandardCharsets.UTF_8))
        .substring(0, 24) + "-" + sha + ".tgz");
    try {
      if (Files.isRegularFile(file)) return Files.readAllBytes(file);
    } catch (IOException e) {
      // unreadable cache entry: pack it again
    }
    if (offline) {
      throw new PmException("ENOTCACHED", "request to " + spec.cloneUrls().get(0)
          + " failed: cache mode is 'only-if-cached' but no cached response is available.");
    }
    Path tmp = null;
    try {
      Files.createDirectories(store);
      tmp = Files.createTempDirectory(store, "clone-");
      Path checkout = tmp.resolve("repo");
      cloneAny(spec, checkout);
      run(List.of("-c", "advice.detachedHead=false", "-C", checkout.toString(), "checkout", "--quiet", sha), spec);
      Map<String, Object> pkg = ManifestSource.readPackageJson(checkout);
      Preparer p = preparer;
      if (p != null) p.prepare(checkout, pkg);
      byte[] tgz = Packer.tarball(checkout, Packer.files(checkout, pkg));
      Path part = tmp.resolve("packed.tgz");
      Files.write(part, tgz);
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return tgz;
    } catch (IOException e) {
      throw new PmException("EIO", "could not pack git dependency " + label + ": " + e.getMessage());
    } finally {
      if (tmp != null) ContentCache.deleteTree(tmp);
    }
  }

  private Map<String, String> lsRemote(GitSpec spec) {
    if (offline) {
      throw new PmException("ENOTCACHED", "request to " + spec.cloneUrls().get(0)
          + " failed: cache mode is 'only-if-cached' but no cached response is available.");
    }
    PmException first = null;
    for (String url : spec.cloneUrls()) {
      try {
        Map<String, String> refs = new LinkedHashMap<>();
        for (String line : run(List.of("ls-remote", url), spec).split("\n")) {
          int tab = line.indexOf('\t');
          if (tab < 0) continue;
          String name = line.substring(tab + 1), sha = line.substring(0, tab);
          // an annotated tag's peeled line (^{}) names the commit: it wins over the tag object
          if (name.endsWith("^{}")) refs.put(name.substring(0, name.length() - 3), sha);
          else refs.putIfAbsent(name, sha);
        }
        return refs;
      } catch (PmException e) {
        if (first == null) first = e;
      }
    }
    throw first;
  }

  private void cloneAny(GitSpec spec, Path into) {
    PmException first = null;
    for (String url : spec.cloneUrls()) {
      try {
        run(List.of("clone", "--quiet", "--no-checkout", url, into.toString()), spec);
        return;
      } catch (PmException e) {
        if (first == null) first = e;
        ContentCache.deleteTree(into);
      }
    }
    throw first;
  }

  /** A short sha that no ref names: clone and ask git what it abbreviates. */
  private String revParse(GitSpec spec, String shortSha) {
    Path tmp = null;
    try {
      Files.createDirectories(store);
      tmp = Files.createTempDirectory(store, "clone-");
      cloneAny(spec, tmp.resolve("repo"));
      return run(List.of("-C", tmp.resolve("repo").toString(), "rev-parse", "--verify", "--quiet",
          shortSha + "^{commit}"), spec).strip();
    } catch (IOException e) {
      throw new PmException("EIO", "could not clone " + spec.cloneUrls().get(0) + ": " + e.getMessage());
    } finally {
      if (tmp != null) ContentCache.deleteTree(tmp);
    }
  }

  /** Runs git; a failure is reported as npm reports it (the exit code, the command, git's stderr). */
  private String run(List<String> args, GitSpec spec) {
    List<String> cmd = new ArrayList<>();
    cmd.add(git);
    cmd.add("--no-replace-objects");
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().putAll(env);
    // never wait for a password or a host-key prompt: fail like a CI run would
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().putIfAbsent("GIT_SSH_COMMAND", "ssh -oBatchMode=yes");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new PmException("ENOGIT", "No git binary found in $PATH", "Failed using git.\nPlease check if you have git installed and in your PATH.");
    }
    try {
      p.getOutputStream().close();
      var errText = new java.util.concurrent.CompletableFuture<String>();
      Thread.ofVirtual().start(() -> {
        try {
          errText.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          errText.complete("");
        }
      });
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      if (code != 0) {
        throw new PmException(String.valueOf(code), "An unknown git error occurred",
            "command " + String.join(" ", cmd) + "\n" + errText.join().strip());
      }
      return out;
    } catch (IOException e) {
      throw new PmException("EIO", "git failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PmException("EINTR", "interrupted while running git");
    }
  }
}
