package org.node4j.crypto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An X.509 certificate (JDK CertificateFactory) with its fields in the text forms Node's
 * X509Certificate gives (OpenSSL's): names one "key=value" per line with OpenSSL's short names,
 * "DNS:a, IP Address:b" alt names, "Mon dd HH:MM:SS YYYY GMT" dates, colon-hex fingerprints.
 */
public final class X509Info {
  public final X509Certificate cert;
  public final byte[] der;

  private X509Info(X509Certificate cert) throws GeneralSecurityException {
    this.cert = cert;
    this.der = cert.getEncoded();
  }

  /** Parses DER; errors carry the OpenSSL reason JS reports ("wrong tag"). */
  public static X509Info parse(byte[] der) throws GeneralSecurityException {
    X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(der));
    return new X509Info(c);
  }

  // OpenSSL's short names for the attribute types certificates use
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.7", "L"),
      Map.entry("2.5.4.8", "ST"), Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"),
      Map.entry("2.5.4.5", "serialNumber"), Map.entry("2.5.4.4", "SN"), Map.entry("2.5.4.42", "GN"),
      Map.entry("2.5.4.12", "title"), Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.17", "postalCode"),
      Map.entry("2.5.4.43", "initials"), Map.entry("2.5.4.44", "generationQualifier"),
      Map.entry("2.5.4.46", "dnQualifier"), Map.entry("2.5.4.65", "pseudonym"),
      Map.entry("2.5.4.15", "businessCategory"), Map.entry("2.5.4.97", "organizationIdentifier"),
      Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("0.9.2342.19200300.100.1.25", "DC"),
      Map.entry("0.9.2342.19200300.100.1.1", "UID"),
      Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"),
      Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"));

  /** A Name as Node prints it: "key=value" lines, RFC 2253 specials escaped with a backslash. */
  static String name(byte[] encodedName) {
    StringBuilder sb = new StringBuilder();
    for (Der.Tlv rdn : Der.read(encodedName, 0).children()) {
      for (Der.Tlv atv : rdn.children()) {
        List<Der.Tlv> parts = atv.children();
        String oid = Der.oidString(parts.get(0));
        Der.Tlv v = parts.get(1);
        String value = switch (v.tag()) {
          case 0x1e -> new String(v.content(), StandardCharsets.UTF_16BE); // BMPString
          case 0x0c, 0x13, 0x16, 0x14, 0x1a -> new String(v.content(),
              v.tag() == 0x0c ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
          default -> new String(v.content(), StandardCharsets.ISO_8859_1);
        };
        if (sb.length() > 0) sb.append('\n');
        sb.append(NAMES.getOrDefault(oid, oid)).append('=').append(escape(value));
      }
    }
    return sb.toString();
  }

  private static String escape(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean special = ",+\"\\<>;".indexOf(c) >= 0 || (i == 0 && (c == '#' || c == ' '))
          || (i == v.length() - 1 && c == ' ');
      if (special) sb.append('\\');
      if (c < 0x20 || c == 0x7f) sb.append(String.format("\\%02X", (int) c));
      else sb.append(c);
    }
    return sb.toString();
  }

  public String subject() {
    return name(cert.getSubjectX500Principal().getEncoded());
  }

  public String issuer() {
    return name(cert.getIssuerX500Principal().getEncoded());
  }

  /** "DNS:a, IP Address:b, email:c, URI:d", or null. */
  public String subjectAltName() throws GeneralSecurityException {
    Collection<List<?>> names = cert.getSubjectAlternativeNames();
    if (names == null) return null;
    List<String> out = new ArrayList<>();
    for (List<?> n : names) {
      int type = (Integer) n.get(0);
      Object v = n.get(1);
      out.add(switch (type) {
        case 1 -> "email:" + v;
        case 2 -> "DNS:" + v;
        case 6 -> "URI:" + v;
        case 7 -> "IP Address:" + v;
        case 8 -> "Registered ID:" + v;
        case 4 -> "DirName:" + v;
        default -> "othername:<unsupported>";
      });
    }
    return String.join(", ", out);
  }

  /** The Authority Information Access extension as "OCSP - URI:x" lines, or null. */
  public String infoAccess() {
    byte[] ext = cert.getExtensionValue("1.3.6.1.5.5.7.1.1");
    if (ext == null) return null;
    Der.Tlv seq = Der.read(Der.read(ext, 0).content(), 0);
    StringBuilder sb = new StringBuilder();
    for (Der.Tlv ad : seq.children()) {
      List<Der.Tlv> p = ad.children();
      String oid = Der.oidString(p.get(0));
      String method = switch (oid) {
        case "1.3.6.1.5.5.7.48.1" -> "OCSP";
        case "1.3.6.1.5.5.7.48.2" -> "CA Issuers";
        default -> oid;
      };
      Der.Tlv gn = p.get(1);
      String value = switch (gn.tag()) {
        case 0x86 -> "URI:" + new String(gn.content(), StandardCharsets.ISO_8859_1);
        case 0x82 -> "DNS:" + new String(gn.content(), StandardCharsets.ISO_8859_1);
        case 0x81 -> "email:" + new String(gn.content(), StandardCharsets.ISO_8859_1);
        default -> "<unsupported>";
      };
      if (sb.length() > 0) sb.append('\n');
      sb.append(method).append(" - ").append(value);
    }
    return sb.toString();
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  public String validFrom() {
    return DATE.format(cert.getNotBefore().toInstant());
  }

  public String validTo() {
    return DATE.format(cert.getNotAfter().toInstant());
  }

  public String fingerprint(String jcaDigest) throws GeneralSecurityException {
    byte[] d = MessageDigest.getInstance(jcaDigest).digest(der);
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
  }

  /** Upper-case hex of even length, as OpenSSL prints serials. */
  public String serialNumber() {
    byte[] b = cert.getSerialNumber().toByteArray();
    String hex = HexFormat.of().withUpperCase().formatHex(b);
    if (hex.startsWith("00") && hex.length() > 2) hex = hex.substring(2);
    return hex;
  }

  /** Extended key usage OIDs, one per line, or null. */
  public String keyUsage() throws GeneralSecurityException {
    List<String> eku = cert.getExtendedKeyUsage();
    return eku == null ? null : String.join("\n", eku);
  }

  public boolean ca() {
    return cert.getBasicConstraints() >= 0;
  }

  private static final Map<String, String> SIG_NAMES = Map.ofEntries(
      Map.entry("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.14", "sha224WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.4", "md5WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.10", "RSASSA-PSS"),
      Map.entry("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
      Map.entry("1.2.840.10045.4.3.1", "ecdsa-with-SHA224"),
      Map.entry("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
      Map.entry("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
      Map.entry("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"),
      Map.entry("1.3.101.112", "ED25519"), Map.entry("1.3.101.113", "ED448"));

  public String signatureAlgorithm() {
    return SIG_NAMES.getOrDefault(cert.getSigAlgOID(), cert.getSigAlgOID());
  }

  public boolean verify(PublicKey key) {
    try {
      cert.verify(key);
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** Whether other issued this certificate: names match and other's key verifies the signature. */
  public boolean issuedBy(X509Info other) {
    return java.util.Arrays.equals(cert.getIssuerX500Principal().getEncoded(),
        other.cert.getSubjectX500Principal().getEncoded()) && verify(other.cert.getPublicKey());
  }
}
