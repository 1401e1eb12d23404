package org.node4j.pm.pack;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.Integrity;
import org.node4j.pm.config.NpmConfig;
import org.node4j.pm.json.Json;
import org.node4j.pm.registry.RegistryClient;

/**
 * npm publish's registry document: the manifest as version entry (with _id and dist), the
 * dist-tag, and the tarball as a base64 attachment, PUT to the package's registry URL.
 */
public final class Publisher {
  private Publisher() {}

  public static Map<String, Object> document(Map<String, Object> pkg, byte[] tgz, String registry, String tag) {
    String name = Json.str(pkg.get("name"));
    String version = Json.str(pkg.get("version"));
    Map<String, Object> manifest = new LinkedHashMap<>(pkg);
    manifest.put("_id", name + "@" + version);
    Map<String, Object> dist = new LinkedHashMap<>();
    dist.put("integrity", Integrity.of("sha512", tgz).toString());
    dist.put("shasum", java.util.HexFormat.of().formatHex(sha1(tgz)));
    String base = name.substring(name.indexOf('/') + 1);
    dist.put("tarball", registry + name + "/-/" + base + "-" + version + ".tgz");
    manifest.put("dist", dist);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("_id", name);
    doc.put("name", name);
    if (pkg.get("description") instanceof String d) doc.put("description", d);
    doc.put("dist-tags", new LinkedHashMap<>(Map.of(tag, version)));
    doc.put("versions", new LinkedHashMap<>(Map.of(version, manifest)));
    doc.put("access", null);
    Map<String, Object> att = new LinkedHashMap<>();
    att.put("content_type", "application/octet-stream");
    att.put("data", Base64.getEncoder().encodeToString(tgz));
    att.put("length", (long) tgz.length);
    doc.put("_attachments", new LinkedHashMap<>(Map.of(Packer.filename(name, version), att)));
    return doc;
  }

  private static byte[] sha1(byte[] b) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks npm makes before talking to the registry. */
  public static void validate(Map<String, Object> pkg) {
    if (Boolean.TRUE.equals(pkg.get("private"))) {
      throw new PmException("EPRIVATE", "This package has been marked as private",
          "Remove the 'private' field from the package.json to publish it.");
    }
    String name = Json.str(pkg.get("name")), version = Json.str(pkg.get("version"));
    if (name == null || version == null || org.node4j.pm.semver.Version.parse(version) == null) {
      throw new PmException("EINVALIDPACKAGE", "package.json must have a name and a valid semver version to publish");
    }
  }

  /** The registry for publishing: publishConfig.registry, else the package's (scoped) registry. */
  public static String registry(NpmConfig cfg, Map<String, Object> pkg) {
    Map<String, Object> pc = Json.obj(pkg.get("publishConfig"));
    String r = pc == null ? null : Json.str(pc.get("registry"));
    if (r != null) return r.endsWith("/") ? r : r + "/";
    return cfg.registryFor(Json.str(pkg.get("name")));
  }

  public static void publish(RegistryClient client, String registry, Map<String, Object> doc) {
    client.publish(registry, (String) doc.get("name"), doc);
  }

}
