package org.node4j.binding.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import org.graalvm.polyglot.HostAccess;
import org.node4j.crypto.AsymKey;
import org.node4j.crypto.X509Info;

/** The Java side of an X509Certificate: its fields as strings (null when absent), its key, checks. */
public final class X509Handle {
  private final X509Info info;

  public X509Handle(X509Info info) {
    this.info = info;
  }

  @HostAccess.Export
  public String field(String name) {
    try {
      return switch (name) {
        case "subject" -> info.subject();
        case "issuer" -> info.issuer();
        case "subjectAltName" -> info.subjectAltName();
        case "infoAccess" -> info.infoAccess();
        case "validFrom" -> info.validFrom();
        case "validTo" -> info.validTo();
        case "validFromMs" -> String.valueOf(info.cert.getNotBefore().getTime());
        case "validToMs" -> String.valueOf(info.cert.getNotAfter().getTime());
        case "fingerprint" -> info.fingerprint("SHA-1");
        case "fingerprint256" -> info.fingerprint("SHA-256");
        case "fingerprint512" -> info.fingerprint("SHA-512");
        case "serialNumber" -> info.serialNumber();
        case "keyUsage" -> info.keyUsage();
        case "ca" -> String.valueOf(info.ca());
        case "signatureAlgorithm" -> info.signatureAlgorithm();
        case "signatureAlgorithmOid" -> info.cert.getSigAlgOID();
        default -> null;
      };
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  @HostAccess.Export
  public ByteBuffer raw() {
    return ByteBuffer.wrap(info.der.clone());
  }

  @HostAccess.Export
  public Object publicKey() {
    try {
      return new KeyHandle(AsymKey.fromCertificate(info.der));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @HostAccess.Export
  public boolean verify(KeyHandle key) {
    return key.key.pub != null && info.verify(key.key.pub);
  }

  @HostAccess.Export
  public boolean issuedBy(X509Handle other) {
    return info.issuedBy(other.info);
  }
}
