package org.node4j.binding.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.node4j.crypto.AsymKey;
import org.node4j.kernel.tls.CipherNames;
import org.node4j.kernel.tls.Pem;
import org.node4j.kernel.tls.TlsContext;

/**
 * Node's SecureContext (crypto binding's, in Node): keys, certificates, CAs, protocol range
 * and ciphers, filled in by tls.createSecureContext. Bytes arrive as latin1 strings (lossless
 * for PEM text and DER alike). Each setter answers null, or "CODE\u0000message" for JS to throw.
 */
public final class SecureContextHandle {
  final TlsContext context = new TlsContext();
  private final List<PrivateKey> keys = new ArrayList<>();
  private final List<List<X509Certificate>> certs = new ArrayList<>();

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String fail(String code, String message) {
    return code + "\u0000" + message;
  }

  @HostAccess.Export
  public String addKey(String data, String passphrase) {
    try {
      keys.add(Pem.privateKey(bytes(data), passphrase));
      return null;
    } catch (Pem.BadPassphrase e) {
      return fail("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
    } catch (GeneralSecurityException | RuntimeException e) {
      return fail("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
    }
  }

  @HostAccess.Export
  public String addCert(String data) {
    try {
      List<X509Certificate> c = Pem.certificates(bytes(data));
      if (c.isEmpty()) return fail("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
      certs.add(c);
      return null;
    } catch (GeneralSecurityException | RuntimeException e) {
      return fail("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
    }
  }

  @HostAccess.Export
  public String addCa(String data) {
    try {
      context.addCa(Pem.certificates(bytes(data)));
      return null;
    } catch (GeneralSecurityException | RuntimeException e) {
      return fail("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
    }
  }

  @HostAccess.Export
  public String loadPkcs12(String data, String passphrase) {
    try {
      Pem.Pkcs12 p = Pem.pkcs12(bytes(data), passphrase);
      if (p.key() != null) {
        keys.add(p.key());
        certs.add(p.chain());
      }
      if (!p.extra().isEmpty()) context.addCa(p.extra());
      return null;
    } catch (GeneralSecurityException e) {
      if ("mac verify failure".equals(e.getMessage())) return fail("ERR_CRYPTO_OPERATION_FAILED", "mac verify failure");
      return fail("ERR_CRYPTO_OPERATION_FAILED", "not enough data");
    }
  }

  /** Pairs each key with the certificate chain whose leaf holds its public half; always null now. */
  @HostAccess.Export
  public String finish() {
    for (PrivateKey k : keys) {
      List<X509Certificate> match = null;
      for (List<X509Certificate> chain : certs) {
        if (sameKey(k, chain.get(0))) {
          match = chain;
          break;
        }
      }
      if (match == null) continue; // a key without its certificate: never offered (Node does not throw either)
      context.addKey(k, match);
    }
    return null;
  }

  private static boolean sameKey(PrivateKey k, X509Certificate c) {
    try {
      AsymKey a = AsymKey.fromPkcs8(k.getEncoded());
      return Arrays.equals(a.pub.getEncoded(), c.getPublicKey().getEncoded());
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** Node's version names (TLSv1.2, TLSv1.3) as the JDK's protocol list. */
  @HostAccess.Export
  public void setProtocols(String min, String max) {
    String[] all = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};
    int lo = Arrays.asList(all).indexOf(min);
    int hi = Arrays.asList(all).indexOf(max);
    List<String> out = new ArrayList<>();
    for (int i = Math.max(lo, 0); i <= (hi < 0 ? all.length - 1 : hi); i++) out.add(all[i]);
    context.setProtocols(out.toArray(new String[0]));
  }

  /**
   * An OpenSSL cipher list ("ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256:...") as JDK
   * suites; names the JDK lacks are skipped. TLS 1.3 suites stay enabled unless listed
   * (OpenSSL sets them with a separate call). Returns false when nothing usable remains.
   */
  @HostAccess.Export
  public boolean setCiphers(String list) {
    List<String> out = new ArrayList<>();
    boolean any13 = false;
    for (String n : list.split("[:, ]+")) {
      String iana = CipherNames.iana(n.trim());
      if (iana != null) {
        if (iana.startsWith("TLS_AES") || iana.startsWith("TLS_CHACHA")) any13 = true;
        out.add(iana);
      }
    }
    if (out.isEmpty()) return false;
    if (!any13) {
      out.add(0, "TLS_AES_128_GCM_SHA256");
      out.add(0, "TLS_CHACHA20_POLY1305_SHA256");
      out.add(0, "TLS_AES_256_GCM_SHA384");
    }
    context.setCipherSuites(out.toArray(new String[0]));
    return true;
  }
}
