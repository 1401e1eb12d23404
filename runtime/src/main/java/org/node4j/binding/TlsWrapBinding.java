package org.node4j.binding;

import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.tls.SecureContextHandle;
import org.node4j.binding.tls.TlsHandle;
import org.node4j.kernel.tls.CipherNames;
import org.node4j.kernel.tls.TlsContext;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code tls_wrap} (with the SecureContext of its crypto binding): TLS on a socket
 * handle, on Netty's SslHandler over the JDK's SSLEngine.
 */
public final class TlsWrapBinding {
  private final NodeRuntime runtime;

  TlsWrapBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  @HostAccess.Export
  public SecureContextHandle createContext() {
    return new SecureContextHandle();
  }

  /**
   * Puts TLS on {@code socket} (a tcp_wrap handle that has not read yet); returns the TLS
   * handle, or an error message.
   */
  @HostAccess.Export
  public Object wrap(SocketHandle socket, SecureContextHandle ctx, boolean server, String servername, Value alpn,
      boolean requestCert, boolean rejectUnauthorized, double handshakeTimeout, Value onHandshake, Value onError) {
    return TlsHandle.start(runtime, socket.conn, ctx, server, servername, alpn, requestCert, rejectUnauthorized,
        handshakeTimeout, onHandshake, onError);
  }

  /** The default trusted roots as PEM texts (tls.rootCertificates). */
  @HostAccess.Export
  public String[] rootCertificates() {
    List<java.security.cert.X509Certificate> roots = TlsContext.rootCertificates();
    String[] out = new String[roots.size()];
    Base64.Encoder b64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = "-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(roots.get(i).getEncoded())
            + "\n-----END CERTIFICATE-----";
      } catch (java.security.cert.CertificateEncodingException e) {
        out[i] = "";
      }
    }
    return out;
  }

  /** tls.getCiphers(): OpenSSL names of the suites the JDK supports, lower case. */
  @HostAccess.Export
  public String[] getCiphers() {
    try {
      return CipherNames.supported(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites());
    } catch (java.security.NoSuchAlgorithmException e) {
      return new String[0];
    }
  }
}
