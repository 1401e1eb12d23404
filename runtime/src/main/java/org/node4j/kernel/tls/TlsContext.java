package org.node4j.kernel.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * What a Node SecureContext holds: key/certificate pairs, the trusted CAs (Node's default: the
 * JDK's root store, our stand-in for Node's bundled Mozilla roots), protocol range and cipher
 * suites. The JDK SSLContext made from it trusts every peer: Node verifies the peer after the
 * handshake ({@code authorized}/{@code authorizationError}), so the handshake itself must not
 * fail on an untrusted certificate — {@link ChainCheck} reports what OpenSSL would have.
 */
public final class TlsContext {
  /** A private key with its certificate chain (leaf first). */
  public record KeyPair(PrivateKey key, X509Certificate[] chain) {}

  final List<KeyPair> keys = new ArrayList<>();
  private List<X509Certificate> ca; // null: the default roots
  String[] protocols; // null: TLS 1.2 and 1.3
  String[] cipherSuites; // null: the JDK's defaults
  private SSLContext ssl;

  public void addKey(PrivateKey key, List<X509Certificate> chain) {
    keys.add(new KeyPair(key, chain.toArray(new X509Certificate[0])));
  }

  /** Replaces the certificate chain of the last key without one (key and cert given apart). */
  public List<KeyPair> keys() {
    return keys;
  }

  public void addCa(List<X509Certificate> certs) {
    if (ca == null) ca = new ArrayList<>();
    ca.addAll(certs);
  }

  /** Trusted certificates: the ones given, or the default roots. */
  public List<X509Certificate> trusted() {
    return ca != null ? ca : rootCertificates();
  }

  public void setProtocols(String[] protocols) {
    this.protocols = protocols;
  }

  public void setCipherSuites(String[] suites) {
    this.cipherSuites = suites;
  }

  synchronized SSLContext sslContext() throws GeneralSecurityException {
    if (ssl == null) {
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(new KeyManager[] {new Keys(keys)}, new TrustManager[] {TRUST_ALL}, null);
      ssl = c;
    }
    return ssl;
  }

  private static volatile List<X509Certificate> roots;

  /** The JDK's trusted roots (its cacerts store). */
  public static List<X509Certificate> rootCertificates() {
    List<X509Certificate> r = roots;
    if (r == null) {
      try {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        List<X509Certificate> out = new ArrayList<>();
        for (TrustManager tm : f.getTrustManagers()) {
          if (tm instanceof X509TrustManager x) out.addAll(List.of(x.getAcceptedIssuers()));
        }
        roots = r = List.copyOf(out);
      } catch (GeneralSecurityException e) {
        roots = r = List.of();
      }
    }
    return r;
  }

  /** Picks the key whose algorithm the handshake asks for (RSA, EC, EdDSA…), like OpenSSL. */
  private static final class Keys extends X509ExtendedKeyManager {
    private final List<KeyPair> keys;

    Keys(List<KeyPair> keys) {
      this.keys = keys;
    }

    private String pick(String... types) {
      if (types == null) return null;
      for (String t : types) {
        for (int i = 0; i < keys.size(); i++) {
          if (matches(keys.get(i), t)) return Integer.toString(i);
        }
      }
      return null;
    }

    private static boolean matches(KeyPair k, String type) {
      String alg = k.key().getAlgorithm();
      if (type == null) return false;
      if (type.startsWith("EC")) type = "EC"; // ECDHE_ECDSA and friends
      return switch (type) {
        case "RSA", "RSASSA-PSS", "RSA_PSS" -> alg.equals("RSA") || alg.equals("RSASSA-PSS");
        case "EC" -> alg.equals("EC");
        case "EdDSA", "Ed25519", "Ed448" -> alg.equals("EdDSA") || alg.equals("Ed25519") || alg.equals("Ed448");
        default -> alg.equals(type);
      };
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      String a = pick(keyType);
      return a == null ? null : new String[] {a};
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return pick(keyType);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
      return pick(keyType);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return getClientAliases(keyType, issuers);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return pick(keyType);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
      return pick(keyType);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return keys.get(Integer.parseInt(alias)).chain();
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return keys.get(Integer.parseInt(alias)).key();
    }
  }

  /** Accepts any peer: verification happens after the handshake, in Node's terms. */
  private static final X509ExtendedTrustManager TRUST_ALL = new X509ExtendedTrustManager() {
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  };
}
