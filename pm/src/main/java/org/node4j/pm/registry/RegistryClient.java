package org.node4j.pm.registry;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.node4j.pm.PmException;
import org.node4j.pm.cache.ContentCache;
import org.node4j.pm.cache.Integrity;
import org.node4j.pm.config.NpmConfig;
import org.node4j.pm.json.Json;

/**
 * Registry access: abbreviated packuments (memoized per run, cached on disk with validators and
 * max-age like npm's HTTP cache) and tarballs (content-addressed cache, integrity checked before
 * anyone sees the bytes). Every call is safe to make from many threads at once.
 */
public final class RegistryClient implements AutoCloseable {
  public static final String CORGI =
      "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";

  /** How the cache is consulted: npm's default, --prefer-offline, or --offline. */
  public enum Mode { ONLINE, PREFER_OFFLINE, OFFLINE }

  private final NpmConfig cfg;
  private final ContentCache cache;
  private final Mode mode;
  private Http http;
  private final Map<String, CompletableFuture<Map<String, Object>>> packuments = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();

  public RegistryClient(NpmConfig cfg, ContentCache cache, Mode mode) {
    this.cfg = cfg;
    this.cache = cache;
    this.mode = mode;
  }

  public ContentCache cache() { return cache; }

  private final java.util.concurrent.atomic.AtomicInteger packumentsDone = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger tarballsDone = new java.util.concurrent.atomic.AtomicInteger();

  /** What a progress line shows: packuments and tarballs obtained so far (cache hits included). */
  public String progress() {
    return "resolved " + packumentsDone.get() + " packages, fetched " + tarballsDone.get() + " tarballs";
  }

  /**
   * End of the command that made this client: waits for every fetch it started, prefetches of
   * packuments and tarballs nobody ended up needing included (an optional peer that is left
   * out, say), so nothing writes into the cache after the command returned.
   */
  @Override
  public void close() {
    org.node4j.pm.cache.UnpackedStore s;
    synchronized (this) {
      s = store;
    }
    if (s != null) s.stop();
    pool.close();
    if (s != null) s.settle();
  }

  private org.node4j.pm.cache.UnpackedStore store;

  /**
   * Whether the resolver may download and unpack tarballs ahead of reify: not with
   * {@code package-import-method=copy}, nor with {@code --package-lock-only} (no tarball needed).
   */
  public boolean storeEnabled() {
    return !"copy".equals(cfg.get("package-import-method")) && !cfg.flag("package-lock-only", false);
  }

  /** The unpacked-tarball store shared by the resolver's prefetching and the reifier. */
  public synchronized org.node4j.pm.cache.UnpackedStore store() {
    if (store == null) store = new org.node4j.pm.cache.UnpackedStore(cache);
    return store;
  }

  private org.node4j.pm.git.GitFetcher git;

  /** Git dependencies of this command, fetched with the {@code git} config's command (npm's). */
  public synchronized org.node4j.pm.git.GitFetcher git() {
    if (git == null) git = new org.node4j.pm.git.GitFetcher(cfg.get("git", "git"), cfg.env(), cache, mode == Mode.OFFLINE);
    return git;
  }

  /** Built on first use: TLS setup (a cafile can hold hundreds of certificates) costs startup time. */
  private synchronized Http http() {
    if (http == null) http = new Http(cfg);
    return http;
  }

  /** Registry URL of a package: scoped names keep the @ and escape the slash. */
  public String packumentUrl(String name) {
    return cfg.registryFor(name) + name.replace("/", "%2f");
  }

  public CompletableFuture<Map<String, Object>> packumentAsync(String name) {
    return packuments.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(() -> {
      Map<String, Object> p = fetchPackument(n);
      packumentsDone.incrementAndGet();
      return p;
    }, pool));
  }

  public Map<String, Object> packument(String name) {
    try {
      return packumentAsync(name).join();
    } catch (CompletionException e) {
      throw unwrap(e);
    }
  }

  public static RuntimeException unwrap(Throwable e) {
    while (e instanceof CompletionException && e.getCause() != null) e = e.getCause();
    return e instanceof RuntimeException re ? re : new RuntimeException(e);
  }

  private Map<String, Object> fetchPackument(String name) {
    String url = packumentUrl(name);
    Map<String, Object> cached = readCachedMeta(url);
    if (cached != null) {
      boolean fresh = System.currentTimeMillis() < ((Number) cached.get("expires")).longValue();
      if (mode != Mode.ONLINE || fresh) return cachedBody(url, cached);
    }
    if (mode == Mode.OFFLINE) {
      throw new PmException("ENOTCACHED", "request to " + url
          + " failed: cache mode is 'only-if-cached' but no cached response is available.");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", CORGI);
    if (cached != null && cached.get("etag") != null) headers.put("If-None-Match", (String) cached.get("etag"));
    if (cached != null && cached.get("lastModified") != null) {
      headers.put("If-Modified-Since", (String) cached.get("lastModified"));
    }
    Http.Response r = http().get(url, headers);
    if (r.status() == 304 && cached != null) {
      storeMeta(url, null, r);
      return cachedBody(url, cached);
    }
    if (r.status() == 404) {
      throw new PmException("E404", "404 Not Found - GET " + url + " - Not found",
          "'" + name + "@*' is not in this registry.\n\nNote that you can also install from a\n"
              + "tarball, folder, http url, or git url.");
    }
    checkStatus(r, url);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    Map<String, Object> doc;
    try {
      doc = Json.parsePackument(body);
    } catch (RuntimeException e) {
      throw new PmException("EJSONPARSE", "Invalid JSON from " + url + ": " + e.getMessage());
    }
    if (doc == null) throw new PmException("EJSONPARSE", "Invalid packument from " + url);
    storeMeta(url, body, r);
    return doc;
  }

  private static void checkStatus(Http.Response r, String url) {
    if (r.status() >= 200 && r.status() < 300) return;
    String code = switch (r.status()) {
      case 401 -> "E401";
      case 403 -> "E403";
      case 404 -> "E404";
      default -> "E" + r.status();
    };
    String hint = r.status() == 401 ? "Unable to authenticate, your authentication token seems to be invalid."
        : r.status() == 403 ? "In most cases, you or one of your dependencies are requesting\n"
            + "a package version that is forbidden by your security policy, or\n"
            + "on a server you do not have access to." : null;
    throw new PmException(code, r.status() + " " + reason(r.status()) + " - GET " + url, hint);
  }

  private static String reason(int s) {
    return switch (s) {
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }

  /**
   * The cached validators of a URL. The body is kept raw in a file of its own ({@link
   * ContentCache#getBody}), so a multi-megabyte packument is neither escaped into nor
   * re-parsed out of an envelope.
   */
  private Map<String, Object> readCachedMeta(String url) {
    String text = cache.getMeta(url);
    if (text == null) return null;
    try {
      Map<String, Object> m = Json.obj(Json.parse(text));
      return m != null && m.get("expires") instanceof Number && m.get("size") instanceof Number ? m : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Map<String, Object> cachedBody(String url, Map<String, Object> meta) {
    String body = cache.getBody(url, ((Number) meta.get("size")).longValue());
    if (body == null) {
      if (mode == Mode.OFFLINE) {
        throw new PmException("ENOTCACHED", "request to " + url
            + " failed: cache mode is 'only-if-cached' but no cached response is available.");
      }
      cache.putMeta(url, "{}"); // unusable entry: refetch without validators
      return fetchPackumentFresh(url);
    }
    try {
      return Json.parsePackument(body);
    } catch (RuntimeException e) {
      throw new PmException("EJSONPARSE", "Invalid cached JSON for " + url + ": " + e.getMessage());
    }
  }

  private Map<String, Object> fetchPackumentFresh(String url) {
    Http.Response r = http().get(url, Map.of("Accept", CORGI));
    checkStatus(r, url);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    storeMeta(url, body, r);
    return Json.parsePackument(body);
  }

  /** Records validators and freshness; with a null body (a 304) the stored body is kept. */
  private void storeMeta(String url, String body, Http.Response r) {
    long maxAge = 0;
    String cc = r.cacheControl();
    if (cc != null) {
      var m = java.util.regex.Pattern.compile("max-age=(\\d+)").matcher(cc);
      if (m.find()) maxAge = Long.parseLong(m.group(1));
    }
    long size;
    if (body != null) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      cache.putBody(url, b);
      size = b.length;
    } else {
      Map<String, Object> old = readCachedMeta(url);
      if (old == null) return;
      size = ((Number) old.get("size")).longValue();
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("url", url);
    entry.put("expires", System.currentTimeMillis() + maxAge * 1000);
    entry.put("etag", r.etag());
    entry.put("lastModified", r.lastModified());
    entry.put("size", size);
    cache.putMeta(url, Json.stringifyCompact(entry));
  }

  /** What the bulk advisory endpoint answered: HTTP status, URL and body. */
  public record AuditResponse(int status, String url, String body) {}

  /**
   * npm's bulk advisory query: {@code POST {registry}/-/npm/v1/security/advisories/bulk} with
   * {name: [versions]} (gzipped, as npm sends it).
   */
  public AuditResponse auditBulk(Map<String, java.util.Set<String>> versions) {
    String url = cfg.registryFor("") + "-/npm/v1/security/advisories/bulk";
    Map<String, Object> payload = new LinkedHashMap<>();
    versions.forEach((k, v) -> payload.put(k, new java.util.ArrayList<>(v)));
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(Json.stringifyCompact(payload).getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Http.Response r = http().post(url, gz.toByteArray(), Map.of("Content-Type", "application/json",
        "Content-Encoding", "gzip", "Accept", "application/json", "npm-command", "audit"));
    return new AuditResponse(r.status(), url, new String(r.body(), StandardCharsets.UTF_8));
  }

  /** PUTs a publish document; E403/E409 and friends become npm-style errors. */
  public void publish(String registryUrl, String name, Map<String, Object> doc) {
    String url = registryUrl + name.replace("/", "%2f");
    if (cfg.authorizationFor(url) == null) {
      throw new PmException("ENEEDAUTH", "This command requires you to be logged in to " + registryUrl,
          "You need to authorize this machine using `npm adduser`");
    }
    Http.Response r = http().put(url, Json.stringifyCompact(doc).getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/json", "Accept", "*/*", "npm-command", "publish"));
    if (r.status() >= 200 && r.status() < 300) return;
    String body = new String(r.body(), StandardCharsets.UTF_8);
    String code = "E" + r.status();
    String msg = r.status() + " " + reason(r.status()) + " - PUT " + url;
    String detail = r.status() == 403 || r.status() == 409
        ? "You cannot publish over the previously published versions: " + doc.get("name") + "." : body;
    throw new PmException(code, msg, detail);
  }

  public CompletableFuture<byte[]> tarballAsync(String url, Integrity integrity, String label) {
    return CompletableFuture.supplyAsync(() -> tarball(url, integrity, label), pool);
  }

  /**
   * The verified bytes of a tarball. With a known integrity the cache is tried first (that is
   * what makes warm installs network-free); fetched bytes are checked before being cached.
   */
  public byte[] tarball(String url, Integrity integrity, String label) {
    byte[] b = fetchTarball(url, integrity, label);
    tarballsDone.incrementAndGet();
    return b;
  }

  private byte[] fetchTarball(String url, Integrity integrity, String label) {
    if (integrity != null && !integrity.isEmpty()) {
      byte[] hit = cache.get(integrity);
      if (hit != null) return hit;
    }
    if (mode == Mode.OFFLINE) {
      throw new PmException("ENOTCACHED", "request to " + url
          + " failed: cache mode is 'only-if-cached' but no cached response is available.");
    }
    Http.Response r = http().get(url, Map.of("Accept", "*/*"));
    if (r.status() == 404) {
      throw new PmException("E404", "404 Not Found - GET " + url,
          "'" + label + "' is not in this registry.");
    }
    checkStatus(r, url);
    if (integrity != null && !integrity.isEmpty()) integrity.check(r.body(), label);
    cache.put(r.body(), integrity);
    return r.body();
  }
}
