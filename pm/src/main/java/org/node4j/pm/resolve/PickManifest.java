package org.node4j.pm.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.Json;
import org.node4j.pm.semver.Range;
import org.node4j.pm.semver.Semver;
import org.node4j.pm.semver.Version;

/**
 * Chooses a version from a packument the way npm-pick-manifest does: the "latest" dist-tag wins
 * when it satisfies the range (and is neither deprecated nor engine-incompatible); otherwise the
 * highest satisfying version, preferring non-deprecated, engine-compatible ones.
 */
public final class PickManifest {
  private PickManifest() {}

  public static Map<String, Object> pick(Map<String, Object> packument, Spec spec, String nodeVersion) {
    String name = spec.fetchName();
    Map<String, Object> versions = Json.obj(packument.get("versions"));
    if (versions == null) versions = Map.of();
    Map<String, String> tags = Json.strMap(packument.get("dist-tags"));
    if (spec.type() == Spec.Type.TAG) {
      String v = tags.get(spec.fetchSpec());
      Map<String, Object> m = v == null ? null : Json.obj(versions.get(v));
      if (m == null) throw noMatch(name, spec, versions);
      return m;
    }
    if (spec.type() == Spec.Type.VERSION) {
      String v = Semver.clean(spec.fetchSpec(), true);
      Map<String, Object> m = v == null ? null : Json.obj(versions.get(v));
      if (m == null) throw noMatch(name, spec, versions);
      return m;
    }
    String range = spec.fetchSpec().isEmpty() ? "*" : spec.fetchSpec();
    if (versions.isEmpty()) {
      throw new PmException("ENOVERSIONS", "No versions available for " + name);
    }
    Range r;
    try {
      r = Range.parse(range, true, false);
    } catch (IllegalArgumentException e) {
      throw noMatch(name, spec, versions);
    }
    String latest = tags.get("latest");
    if (latest != null) {
      Map<String, Object> m = Json.obj(versions.get(latest));
      if (m != null && (range.equals("*") || r.test(Version.parse(latest, true)))
          && engineOk(m, nodeVersion) && m.get("deprecated") == null) {
        return m;
      }
    }
    List<String> ok = new ArrayList<>();
    for (String v : versions.keySet()) {
      Version pv = Version.parse(v, true);
      if (pv != null && r.test(pv)) ok.add(v);
    }
    if (ok.isEmpty()) throw noMatch(name, spec, versions);
    // Highest first; the first non-deprecated, engine-compatible one wins, else the highest.
    // (Only the manifests looked at get parsed: packuments are lazily parsed.)
    ok.sort((a, b) -> Version.parse(b, true).compareTo(Version.parse(a, true)));
    for (String v : ok) {
      Map<String, Object> m = Json.obj(versions.get(v));
      if (good(m, nodeVersion) == 1) return m;
    }
    return Json.obj(versions.get(ok.get(0)));
  }

  private static int good(Map<String, Object> m, String nodeVersion) {
    return m != null && m.get("deprecated") == null && engineOk(m, nodeVersion) ? 1 : 0;
  }

  /** npm-install-checks' engine test for node (an invalid engines range never blocks). */
  public static boolean engineOk(Map<String, Object> manifest, String nodeVersion) {
    Map<String, Object> engines = Json.obj(manifest.get("engines"));
    if (engines == null || nodeVersion == null) return true;
    String want = Json.str(engines.get("node"));
    if (want == null) return true;
    try {
      return Range.parse(want, false, true).test(Version.parse(nodeVersion, true));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static PmException noMatch(String name, Spec spec, Map<String, Object> versions) {
    String want = spec.fetchSpec().isEmpty() ? "latest" : spec.fetchSpec();
    return new PmException("ETARGET", "No matching version found for " + name + "@" + want + ".",
        "In most cases you or one of your dependencies are requesting\na package version that doesn't exist.");
  }
}
