package org.node4j.pm.registry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.node4j.pm.PmException;
import org.node4j.pm.config.NpmConfig;

/**
 * The HTTP layer: java.net.http clients (HTTP/2 where the server offers it) set up
 * from npm config (proxy, cafile, strict-ssl, maxsockets), with npm's retry policy
 * (fetch-retries, exponential back-off between fetch-retry-mintimeout and -maxtimeout).
 */
public final class Http {
  private static final boolean DEBUG = System.getenv("NPM4J_DEBUG") != null;
  private HttpClient tlsClient, plainClient;

  /**
   * The client for a URL, built on first use. Cleartext registries (a loopback or intranet
   * mirror) never pay for TLS setup, which with a cafile means parsing hundreds of certificates.
   */
  private synchronized HttpClient client(String url) {
    boolean tls = !url.startsWith("http:");
    if (tls ? tlsClient != null : plainClient != null) return tls ? tlsClient : plainClient;
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .executor(Executors.newVirtualThreadPerTaskExecutor());
    String proxy = tls ? cfg.get("https-proxy", cfg.get("proxy")) : cfg.get("proxy");
    if (proxy != null && !proxy.isBlank() && !proxy.equals("null")) {
      URI p = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
      b.proxy(ProxySelector.of(new InetSocketAddress(p.getHost(), p.getPort() < 0 ? 80 : p.getPort())));
    }
    if (tls) {
      SSLContext ssl = sslContext(cfg);
      if (ssl != null) b.sslContext(ssl);
      return tlsClient = b.build();
    }
    // java.net.http would load the default trust store (~150 certificates) for a client that
    // never speaks TLS; an SSL context that trusts nothing costs nothing to build.
    try {
      SSLContext none = SSLContext.getInstance("TLS");
      none.init(null, new TrustManager[] {new TrustNone()}, null);
      b.sslContext(none);
    } catch (java.security.GeneralSecurityException e) {
      // keep the default
    }
    return plainClient = b.build();
  }

  /** For the cleartext client: a redirect to https fails instead of trusting anything. */
  private static final class TrustNone implements X509TrustManager {
    @Override public void checkClientTrusted(X509Certificate[] c, String a) throws java.security.cert.CertificateException {
      throw new java.security.cert.CertificateException("no TLS on the cleartext registry client");
    }
    @Override public void checkServerTrusted(X509Certificate[] c, String a) throws java.security.cert.CertificateException {
      throw new java.security.cert.CertificateException("no TLS on the cleartext registry client");
    }
    @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
  }
  private final NpmConfig cfg;
  private final Semaphore sockets;
  private final int retries;
  private final long minTimeout, maxTimeout;
  private final int factor;
  private final Duration timeout;
  private final String userAgent;

  public Http(NpmConfig cfg) {
    this.cfg = cfg;
    int max = cfg.integer("maxsockets", 15);
    this.sockets = new Semaphore(Math.max(1, max));
    this.retries = cfg.integer("fetch-retries", 2);
    this.minTimeout = cfg.integer("fetch-retry-mintimeout", 10_000);
    this.maxTimeout = cfg.integer("fetch-retry-maxtimeout", 60_000);
    this.factor = cfg.integer("fetch-retry-factor", 10);
    this.timeout = Duration.ofMillis(cfg.integer("fetch-timeout", 5 * 60_000));
    this.userAgent = "npm4j/0.1.0 node4j java/" + Runtime.version().feature();
  }

  private static SSLContext sslContext(NpmConfig cfg) {
    try {
      if (!cfg.flag("strict-ssl", true)) {
        // npm's strict-ssl=false: accept any certificate (the user asked for it explicitly).
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
        return c;
      }
      String cafile = cfg.get("cafile");
      if (cafile == null || cafile.isBlank()) return null;
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      int n = 0;
      try (var in = Files.newInputStream(Path.of(cafile))) {
        for (Certificate c : cf.generateCertificates(in)) ks.setCertificateEntry("ca" + n++, c);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(null, tmf.getTrustManagers(), new SecureRandom());
      return c;
    } catch (Exception e) {
      throw new PmException("ECAFILE", "could not set up TLS from config: " + e.getMessage());
    }
  }

  /** A finished response: status, body and the headers we use for caching. */
  public record Response(int status, byte[] body, String etag, String lastModified, String cacheControl) {}

  /**
   * GET with retries. Network failures and retryable statuses (408, 429, 5xx) are retried;
   * anything else is returned for the caller to interpret.
   */
  public Response get(String url, Map<String, String> headers) {
    IOException last = null;
    for (int attempt = 0; ; attempt++) {
      Response r = null;
      try {
        r = once(url, headers);
        if (!(r.status == 408 || r.status == 420 || r.status == 429 || r.status >= 500)) return r;
      } catch (IOException e) {
        last = e;
        if (DEBUG) System.err.println("npm4j http " + url + " failed: " + e);
      }
      if (attempt >= retries) {
        if (r != null) return r;
        throw networkError(url, last);
      }
      long delay = (long) Math.min(maxTimeout, minTimeout * Math.pow(factor, attempt));
      try {
        Thread.sleep(delay);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new PmException("EINTR", "interrupted while fetching " + url);
      }
    }
  }

  /** A POST (audit), retried like a GET: the bulk advisory query has no side effects. */
  public Response post(String url, byte[] body, Map<String, String> headers) {
    IOException last = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      try {
        return send(url, HttpRequest.BodyPublishers.ofByteArray(body), "POST", headers);
      } catch (IOException e) {
        last = e;
      }
    }
    throw networkError(url, last);
  }

  /** A single PUT (publish): not retried, since the registry may have accepted it. */
  public Response put(String url, byte[] body, Map<String, String> headers) {
    try {
      return send(url, HttpRequest.BodyPublishers.ofByteArray(body), "PUT", headers);
    } catch (IOException e) {
      throw networkError(url, e);
    }
  }

  private Response once(String url, Map<String, String> headers) throws IOException {
    return send(url, HttpRequest.BodyPublishers.noBody(), "GET", headers);
  }

  private Response send(String url, HttpRequest.BodyPublisher body, String method, Map<String, String> headers)
      throws IOException {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).method(method, body)
        .header("User-Agent", userAgent).header("npm-command", cfg.get("npm-command", "install"));
    // Cleartext: no h2c upgrade dance (registries offer HTTP/2 over TLS only).
    if (url.startsWith("http:")) rb.version(HttpClient.Version.HTTP_1_1);
    String auth = cfg.authorizationFor(url);
    if (auth != null) rb.header("Authorization", auth);
    headers.forEach(rb::header);
    try {
      sockets.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    try {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> res = client(url).send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (DEBUG) {
        System.err.printf("npm4j http %d %s %dms %s%n", res.statusCode(), url, (System.nanoTime() - t0) / 1_000_000,
            res.version());
      }
      var h = res.headers();
      return new Response(res.statusCode(), res.body(), h.firstValue("etag").orElse(null),
          h.firstValue("last-modified").orElse(null), h.firstValue("cache-control").orElse(null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } finally {
      sockets.release();
    }
  }

  /** An npm-style network error: the system error code plus the URL that failed. */
  static PmException networkError(String url, IOException e) {
    String code = "ENETWORK";
    Throwable c = e;
    while (c != null) {
      if (c instanceof ConnectException) code = "ECONNREFUSED";
      else if (c instanceof HttpConnectTimeoutException || c instanceof HttpTimeoutException) code = "ETIMEDOUT";
      else if (c instanceof UnresolvedAddressException || c instanceof java.net.UnknownHostException) code = "ENOTFOUND";
      else if (c instanceof javax.net.ssl.SSLException) code = "ESSL";
      c = c.getCause();
    }
    String reason = e == null ? "unknown" : String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    return new PmException(code, "request to " + url + " failed, reason: " + code + " " + reason,
        "This is a problem related to network connectivity.", e);
  }

  private static final class TrustAll implements X509TrustManager {
    @Override public void checkClientTrusted(X509Certificate[] c, String a) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a) {}
    @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
  }
}
