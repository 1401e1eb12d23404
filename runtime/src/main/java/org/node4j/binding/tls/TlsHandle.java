package org.node4j.binding.tls;

import java.security.cert.X509Certificate;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.kernel.net.Connection;
import org.node4j.kernel.tls.CertInfo;
import org.node4j.kernel.tls.ChainCheck;
import org.node4j.kernel.tls.TlsSession;
import org.node4j.runtime.NodeRuntime;

/**
 * TLS on one socket handle, as TLSSocket sees it (Node's TLSWrap): handshake and error reports
 * posted to the loop, and what the session negotiated. Certificates cross as JSON text in
 * getPeerCertificate's shape.
 */
public final class TlsHandle implements TlsSession.Events {
  private final NodeRuntime runtime;
  private final Value onHandshake;
  private final Value onError;
  private TlsSession session;
  private ChainCheck.Result verified;
  private volatile boolean closed;

  private TlsHandle(NodeRuntime runtime, Value onHandshake, Value onError) {
    this.runtime = runtime;
    this.onHandshake = onHandshake;
    this.onError = onError;
  }

  /** Starts TLS on {@code conn}; the handshake reports to {@code onHandshake(code, message)}. */
  public static Object start(NodeRuntime runtime, Connection conn, SecureContextHandle ctx, boolean server,
      String servername, Value alpn, boolean requestCert, boolean rejectUnauthorized, double handshakeTimeout,
      Value onHandshake, Value onError) {
    TlsHandle h = new TlsHandle(runtime, onHandshake, onError);
    String[] protocols = null;
    if (alpn != null && alpn.hasArrayElements()) {
      protocols = new String[(int) alpn.getArraySize()];
      for (int i = 0; i < protocols.length; i++) protocols[i] = alpn.getArrayElement(i).asString();
    }
    try {
      h.session = TlsSession.start(conn, ctx.context, new TlsSession.Options(server, servername, protocols,
          requestCert, rejectUnauthorized, (long) handshakeTimeout), h);
    } catch (java.security.GeneralSecurityException e) {
      return e.getMessage();
    }
    return h; // the socket handle keeps the loop alive meanwhile, as any open socket does
  }

  @Override
  public void handshake(String code, String message) {
    runtime.loop().post(() -> {
      if (!closed) runtime.calls().callback(onHandshake, code, message);
    });
  }

  @Override
  public void error(String code, String message) {
    runtime.loop().post(() -> {
      if (!closed) runtime.calls().callback(onError, code, message);
    });
  }

  /** No more reports: the socket is gone. */
  @HostAccess.Export
  public void close() {
    closed = true;
  }

  @HostAccess.Export
  public String protocol() {
    return session.protocol();
  }

  @HostAccess.Export
  public String[] cipher() {
    return session.cipher();
  }

  @HostAccess.Export
  public String alpn() {
    return session.alpn();
  }

  @HostAccess.Export
  public String servername() {
    return session.servername();
  }

  private ChainCheck.Result verified() {
    if (verified == null) verified = session.verify();
    return verified;
  }

  /** The verification error code (OpenSSL's name), or null when the peer is trusted. */
  @HostAccess.Export
  public String verifyError() {
    return verified().code();
  }

  @HostAccess.Export
  public String verifyMessage(String code) {
    return ChainCheck.message(code);
  }

  /**
   * The peer's certificates as JSON texts: the leaf alone, or (detailed) the chain as verified —
   * the certificates the peer sent when it could not be verified. Null without a peer certificate.
   */
  @HostAccess.Export
  public String[] peerCertificate(boolean detailed) {
    X509Certificate[] peer = session.peerCertificates();
    if (peer == null || peer.length == 0) return null;
    if (!detailed) return new String[] {CertInfo.json(peer[0])};
    List<X509Certificate> chain = verified().chain();
    if (chain.isEmpty()) chain = List.of(peer[0]);
    String[] out = new String[chain.size()];
    for (int i = 0; i < out.length; i++) out[i] = CertInfo.json(chain.get(i));
    return out;
  }

  /** Whether the last certificate of the detailed chain issued itself (a root). */
  @HostAccess.Export
  public boolean chainEndsAtRoot() {
    List<X509Certificate> chain = verified().chain();
    if (chain.isEmpty()) return false;
    X509Certificate last = chain.get(chain.size() - 1);
    return last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
  }

  @HostAccess.Export
  public String localCertificate() {
    X509Certificate[] c = session.localCertificates();
    return c == null || c.length == 0 ? null : CertInfo.json(c[0]);
  }
}
