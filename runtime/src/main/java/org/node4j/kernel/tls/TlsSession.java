package org.node4j.kernel.tls;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandler;
import java.nio.channels.ClosedChannelException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.node4j.kernel.net.Connection;

/**
 * TLS on one connection: an SslHandler (JDK SSLEngine) put in front of the connection's
 * handler, so the connection — and the HTTP parser behind it — sees plaintext. Reports the
 * handshake and later TLS failures on the I/O thread, with Node's error codes; answers what
 * TLSSocket asks afterwards (protocol, cipher, certificates, ALPN, SNI name).
 */
public final class TlsSession implements Connection.Layer {
  /** I/O-thread reports. {@code code} null on success. */
  public interface Events {
    void handshake(String code, String message);

    void error(String code, String message);
  }

  /** Per-connection settings (a SecureContext holds the rest). */
  public record Options(boolean server, String servername, String[] alpn, boolean requestCert,
      boolean rejectUnauthorized, long handshakeTimeoutMs) {}

  private final TlsContext context;
  private final SSLEngine engine;
  private final SslHandler handler;
  private final Events events;
  private final boolean server;
  private volatile boolean handshaken;

  private TlsSession(TlsContext context, SSLEngine engine, SslHandler handler, Events events, boolean server) {
    this.context = context;
    this.engine = engine;
    this.handler = handler;
    this.events = events;
    this.server = server;
  }

  /** Puts TLS on {@code conn} (before it reads anything) and starts the handshake. */
  public static TlsSession start(Connection conn, TlsContext context, Options o, Events events)
      throws GeneralSecurityException {
    SSLEngine e = context.sslContext().createSSLEngine();
    e.setUseClientMode(!o.server());
    SSLParameters p = e.getSSLParameters();
    if (context.protocols != null) p.setProtocols(context.protocols);
    if (context.cipherSuites != null) p.setCipherSuites(context.cipherSuites);
    if (!o.server() && o.servername() != null && !o.servername().isEmpty() && !isIp(o.servername())) {
      p.setServerNames(List.of(new SNIHostName(o.servername())));
    }
    String[] alpn = o.alpn();
    if (!o.server() && alpn != null && alpn.length > 0) p.setApplicationProtocols(alpn);
    if (o.server()) {
      if (o.requestCert() && o.rejectUnauthorized()) p.setNeedClientAuth(true);
      else if (o.requestCert()) p.setWantClientAuth(true);
    }
    e.setSSLParameters(p);
    if (o.server() && alpn != null && alpn.length > 0) {
      // OpenSSL's choice as Node makes it: the server's first protocol the client offered;
      // none in common fails the handshake (no_application_protocol).
      e.setHandshakeApplicationProtocolSelector((engine, offered) -> {
        for (String s : alpn) if (offered.contains(s)) return s;
        return offered.isEmpty() ? "" : null;
      });
    }
    SslHandler h = new SslHandler(e);
    h.setHandshakeTimeoutMillis(o.handshakeTimeoutMs());
    TlsSession s = new TlsSession(context, e, h, events, o.server());
    h.handshakeFuture().addListener(f -> {
      if (f.isSuccess()) {
        s.handshaken = true;
        events.handshake(null, null);
      } else {
        String[] err = s.describe(f.cause());
        events.handshake(err[0], err[1]);
      }
    });
    conn.addLayer(s);
    conn.onIoThread(ch -> {
      ch.pipeline().addFirst("tls", h);
      // A server waits for the ClientHello whether or not JS reads yet; the handler keeps
      // reading by itself until the handshake is done.
      if (o.server()) ch.read();
    });
    return s;
  }

  private static boolean isIp(String s) {
    return s.indexOf(':') >= 0 || s.matches("[0-9.]+");
  }

  // ---- Connection.Layer ----

  @Override
  public boolean exceptionCaught(Throwable cause) {
    Throwable t = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    if (!(t instanceof SSLException)) return false;
    if (handshaken) {
      String[] err = describe(t);
      events.error(err[0], err[1]);
    }
    return true; // before the handshake, its future reports the failure
  }

  @Override
  public ChannelFuture closeOutbound(Channel ch) {
    return handler.closeOutbound();
  }

  // ---- errors ----

  /** [code, message] for a failure, in OpenSSL's words as Node reports them. */
  String[] describe(Throwable cause) {
    Throwable t = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
    StringBuilder all = new StringBuilder();
    for (Throwable x = t; x != null && all.length() < 1000; x = x.getCause()) {
      if (x.getMessage() != null) all.append(all.length() > 0 ? ": " : "").append(x.getMessage());
    }
    String m = all.toString();
    if (t instanceof ClosedChannelException || m.contains("closed") && !m.contains("alert")) {
      return new String[] {"ECONNRESET",
          server ? "socket hang up" : "Client network socket disconnected before secure TLS connection was established"};
    }
    if (t instanceof javax.net.ssl.SSLHandshakeException && m.startsWith("handshake timed out")) {
      return new String[] {"ERR_TLS_HANDSHAKE_TIMEOUT", "TLS handshake timeout"};
    }
    String reason;
    int alert = m.indexOf("Received fatal alert: ");
    if (alert >= 0) {
      String name = m.substring(alert + 22).trim();
      reason = alertPrefix(name) + " alert " + name.replace('_', ' ');
    } else if (m.contains("Unsupported or unrecognized SSL message") || m.contains("not an SSL/TLS record")) {
      // Netty shows the first bytes in hex: a plaintext HTTP request starts with a method
      boolean http = m.matches("(?s).*record: (474554|504f5354|505554|48454144|44454c455445|4f5054494f4e53).*");
      reason = server && http ? "http request" : "wrong version number";
    } else if (m.contains("No appropriate protocol") || m.contains("protocol is disabled")) {
      reason = "unsupported protocol";
    } else if (m.contains("no cipher suites in common")) {
      reason = "no shared cipher";
    } else if (m.contains("Empty client certificate chain") || m.contains("certificate_required")) {
      reason = "peer did not return a certificate";
    } else if (m.contains("application protocol") || m.contains("application_protocol")) {
      reason = "no application protocol";
    } else {
      reason = "ssl handshake failure";
    }
    String code = "ERR_SSL_" + reason.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return new String[] {code, "SSL routines::" + reason + (m.isEmpty() ? "" : " (" + m + ")")};
  }

  private static String alertPrefix(String alert) {
    return switch (alert) {
      case "close_notify", "unexpected_message", "bad_record_mac", "decompression_failure", "handshake_failure",
          "no_certificate", "bad_certificate", "unsupported_certificate", "certificate_revoked",
          "certificate_expired", "certificate_unknown", "illegal_parameter" -> "sslv3";
      case "certificate_required" -> "tlsv13";
      default -> "tlsv1";
    };
  }

  // ---- what TLSSocket asks ----

  private SSLSession session() {
    return engine.getSession();
  }

  public String protocol() {
    return handshaken ? session().getProtocol() : null;
  }

  /** [OpenSSL name, IANA name, protocol version] of the negotiated cipher suite. */
  public String[] cipher() {
    if (!handshaken) return null;
    String std = session().getCipherSuite();
    return new String[] {CipherNames.openssl(std), std, session().getProtocol()};
  }

  /** The selected ALPN protocol, or null. */
  public String alpn() {
    String p = engine.getApplicationProtocol();
    return p == null || p.isEmpty() ? null : p;
  }

  /** The SNI host name the client asked for (server side), or null. */
  public String servername() {
    if (!(session() instanceof ExtendedSSLSession x)) return null;
    for (SNIServerName n : x.getRequestedServerNames()) {
      if (n instanceof SNIHostName h) return h.getAsciiName();
    }
    return null;
  }

  public X509Certificate[] peerCertificates() {
    try {
      Certificate[] c = session().getPeerCertificates();
      X509Certificate[] out = new X509Certificate[c.length];
      for (int i = 0; i < c.length; i++) out[i] = (X509Certificate) c[i];
      return out;
    } catch (SSLPeerUnverifiedException e) {
      return null;
    }
  }

  public X509Certificate[] localCertificates() {
    Certificate[] c = session().getLocalCertificates();
    if (c == null) return null;
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate x : c) out.add((X509Certificate) x);
    return out.toArray(new X509Certificate[0]);
  }

  /** OpenSSL's verdict on the peer's chain against the context's CAs. */
  public ChainCheck.Result verify() {
    X509Certificate[] peer = peerCertificates();
    if (peer == null) return new ChainCheck.Result(server ? "UNABLE_TO_GET_ISSUER_CERT" : "UNABLE_TO_GET_ISSUER_CERT", List.of());
    return ChainCheck.verify(peer, context.trusted());
  }

  public byte[] sessionId() {
    return session().getId();
  }
}
