package org.node4j.pm.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.node4j.pm.cache.Integrity;
import org.node4j.pm.json.Json;
import org.node4j.pm.tar.TarWriter;

/**
 * An npm registry on 127.0.0.1 (random port) serving packuments and tarballs that tests build
 * in memory. It records requests (with their Accept/Authorization headers) and can be told to
 * fail specific paths, so tests can check retries, errors and offline behaviour.
 */
public final class TestRegistry implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Map<String, Object>> packuments = new ConcurrentHashMap<>();
  private final Map<String, byte[]> tarballs = new ConcurrentHashMap<>();
  /** path -> number of upcoming requests to answer with the given status */
  private final Map<String, int[]> failures = new ConcurrentHashMap<>();
  public final List<String[]> requests = Collections.synchronizedList(new ArrayList<>());
  public final AtomicInteger tarballHits = new AtomicInteger();
  /** Advisories by package name for the bulk audit endpoint; null: the endpoint does not exist. */
  public volatile Map<String, List<Map<String, Object>>> advisories;
  /** The last bulk audit request body (after gunzip). */
  public volatile Map<String, Object> lastAudit;

  public TestRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/"; }

  /** Starts building a package version; call {@link Pkg#publish()} to serve it. */
  public Pkg pkg(String name, String version) { return new Pkg(this, name, version); }

  /** Makes the next {@code times} requests for path answer {@code status}. */
  public void fail(String path, int status, int times) { failures.put(path, new int[] {status, times}); }

  /** Leaves the packument with no versions (what an unpublished package looks like). */
  public synchronized void unpublishAll(String name) {
    Json.obj(packument(name).get("versions")).clear();
    Json.obj(packument(name).get("dist-tags")).clear();
  }

  public void distTag(String name, String tag, String version) {
    Map<String, Object> doc = packument(name);
    Json.obj(doc.get("dist-tags")).put(tag, version);
  }

  synchronized Map<String, Object> packument(String name) {
    return packuments.computeIfAbsent(name, n -> {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("name", n);
      d.put("dist-tags", new LinkedHashMap<String, Object>());
      d.put("versions", new LinkedHashMap<String, Object>());
      return d;
    });
  }

  /** Serves raw tarball bytes under a name@version without touching the packument. */
  public void replaceTarball(String name, String version, byte[] tgz) {
    tarballs.put(tarballPath(name, version), tgz);
  }

  public static String tarballPath(String name, String version) {
    String base = name.substring(name.indexOf('/') + 1);
    return "/" + name + "/-/" + base + "-" + version + ".tgz";
  }

  synchronized void add(String name, String version, Map<String, Object> manifest, byte[] tgz, boolean latest) {
    Map<String, Object> doc = packument(name);
    String path = tarballPath(name, version);
    tarballs.put(path, tgz);
    Map<String, Object> dist = new LinkedHashMap<>();
    dist.put("integrity", Integrity.of("sha512", tgz).toString());
    dist.put("tarball", url().replaceAll("/$", "") + path);
    manifest.put("dist", dist);
    Json.obj(doc.get("versions")).put(version, manifest);
    if (latest) Json.obj(doc.get("dist-tags")).put("latest", version);
  }

  public int count(String pathPrefix) {
    synchronized (requests) {
      return (int) requests.stream().filter(r -> r[0].startsWith(pathPrefix)).count();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String raw = ex.getRequestURI().getRawPath();
    String path = URLDecoder.decode(raw, StandardCharsets.UTF_8);
    requests.add(new String[] {path, ex.getRequestHeaders().getFirst("Accept"),
        ex.getRequestHeaders().getFirst("Authorization")});
    if (ex.getRequestMethod().equals("POST") && path.equals("/-/npm/v1/security/advisories/bulk") && advisories != null) {
      byte[] body = ex.getRequestBody().readAllBytes();
      if ("gzip".equals(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
      }
      lastAudit = Json.parseObject(new String(body, StandardCharsets.UTF_8));
      Map<String, Object> answer = new LinkedHashMap<>();
      for (String name : lastAudit.keySet()) if (advisories.containsKey(name)) answer.put(name, advisories.get(name));
      send(ex, 200, Json.stringifyCompact(answer).getBytes(StandardCharsets.UTF_8), "application/json");
      return;
    }
    if (ex.getRequestMethod().equals("PUT")) {
      publish(path.substring(1), ex.getRequestBody().readAllBytes(), ex);
      return;
    }
    int[] f = failures.get(path);
    if (f != null && f[1] > 0) {
      f[1]--;
      send(ex, f[0], "{\"error\":\"injected\"}".getBytes(StandardCharsets.UTF_8), "application/json");
      return;
    }
    byte[] tgz = tarballs.get(path);
    if (tgz != null) {
      tarballHits.incrementAndGet();
      send(ex, 200, tgz, "application/octet-stream");
      return;
    }
    Map<String, Object> doc = packuments.get(path.substring(1));
    if (doc != null) {
      send(ex, 200, Json.stringifyCompact(doc).getBytes(StandardCharsets.UTF_8), "application/vnd.npm.install-v1+json");
      return;
    }
    send(ex, 404, "{\"error\":\"Not found\"}".getBytes(StandardCharsets.UTF_8), "application/json");
  }

  /** Accepts an npm publish document: stores version, dist-tags and the attached tarball. */
  private synchronized void publish(String name, byte[] body, HttpExchange ex) throws IOException {
    Map<String, Object> doc = Json.parseObject(new String(body, StandardCharsets.UTF_8));
    Map<String, Object> versions = Json.obj(doc.get("versions"));
    Map<String, Object> have = Json.obj(packument(name).get("versions"));
    for (String v : versions.keySet()) {
      if (have.containsKey(v)) {
        send(ex, 403, "{\"error\":\"cannot modify pre-existing version\"}".getBytes(StandardCharsets.UTF_8), "application/json");
        return;
      }
    }
    for (Map.Entry<String, Object> a : Json.obj(doc.get("_attachments")).entrySet()) {
      byte[] tgz = java.util.Base64.getDecoder().decode((String) Json.obj(a.getValue()).get("data"));
      String version = versions.keySet().iterator().next();
      tarballs.put(tarballPath(name, version), tgz);
    }
    have.putAll(versions);
    Json.obj(packument(name).get("dist-tags")).putAll(Json.obj(doc.get("dist-tags")));
    send(ex, 200, "{\"ok\":true}".getBytes(StandardCharsets.UTF_8), "application/json");
  }

  private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() { server.stop(0); }

  /** Fluent builder for one package version (manifest fields plus files in its tarball). */
  public static final class Pkg {
    private final TestRegistry reg;
    private final Map<String, Object> manifest = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, Integer> modes = new LinkedHashMap<>();
    private boolean latest = true;

    Pkg(TestRegistry reg, String name, String version) {
      this.reg = reg;
      manifest.put("name", name);
      manifest.put("version", version);
    }

    public Pkg dep(String name, String spec) { return map("dependencies", name, spec); }

    public Pkg peer(String name, String spec) { return map("peerDependencies", name, spec); }

    public Pkg optional(String name, String spec) { return map("optionalDependencies", name, spec); }

    public Pkg set(String key, Object value) {
      manifest.put(key, value);
      return this;
    }

    public Pkg file(String path, String content) {
      files.put(path, content);
      return this;
    }

    public Pkg exec(String path, String content) {
      files.put(path, content);
      modes.put(path, 0755);
      return this;
    }

    /** Not tagged latest (for testing that "latest" wins when it satisfies). */
    public Pkg notLatest() {
      latest = false;
      return this;
    }

    @SuppressWarnings("unchecked")
    private Pkg map(String field, String k, String v) {
      ((Map<String, Object>) manifest.computeIfAbsent(field, x -> new LinkedHashMap<String, Object>())).put(k, v);
      return this;
    }

    public byte[] tarball() {
      TarWriter w = new TarWriter();
      w.file("package/package.json", Json.stringify(manifest) + "\n");
      for (Map.Entry<String, String> f : files.entrySet()) {
        w.file("package/" + f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8),
            modes.getOrDefault(f.getKey(), 0644));
      }
      return w.toTgz();
    }

    public void publish() {
      byte[] tgz = tarball();
      reg.add((String) manifest.get("name"), (String) manifest.get("version"), new LinkedHashMap<>(manifest), tgz, latest);
    }
  }
}
