package org.node4j.kernel.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.node4j.crypto.Der;
import org.node4j.kernel.net.Addresses;

/**
 * A certificate in the shape of Node's tlsSocket.getPeerCertificate() (OpenSSL's view: short
 * attribute names, "DNS:x, IP Address:y" alt names, upper-case hex), as JSON for JS to turn into
 * the object (raw and pubkey in base64).
 */
public final class CertInfo {
  private CertInfo() {}

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.8", "ST"),
      Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"), Map.entry("2.5.4.5", "serialNumber"),
      Map.entry("2.5.4.4", "SN"), Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.12", "title"),
      Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.17", "postalCode"), Map.entry("2.5.4.46", "dnQualifier"),
      Map.entry("2.5.4.43", "initials"), Map.entry("2.5.4.44", "generationQualifier"),
      Map.entry("2.5.4.65", "pseudonym"), Map.entry("2.5.4.15", "businessCategory"),
      Map.entry("0.9.2342.19200300.100.1.25", "DC"), Map.entry("0.9.2342.19200300.100.1.1", "UID"),
      Map.entry("1.2.840.113549.1.9.1", "emailAddress"));

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};

  /** JSON for one certificate (no issuerCertificate: JS links the chain). */
  public static String json(X509Certificate c) {
    StringBuilder j = new StringBuilder("{");
    try {
      j.append("\"subject\":").append(name(c.getSubjectX500Principal().getEncoded()));
      j.append(",\"issuer\":").append(name(c.getIssuerX500Principal().getEncoded()));
      String san = altNames(c);
      if (san != null) j.append(",\"subjectaltname\":").append(str(san));
      j.append(",\"ca\":").append(c.getBasicConstraints() >= 0);
      PublicKey pk = c.getPublicKey();
      if (pk instanceof RSAPublicKey rsa) {
        j.append(",\"modulus\":").append(str(rsa.getModulus().toString(16).toUpperCase(Locale.ROOT)));
        j.append(",\"exponent\":").append(str("0x" + rsa.getPublicExponent().toString(16)));
        j.append(",\"pubkey\":").append(str(b64(pk.getEncoded())));
        j.append(",\"bits\":").append(rsa.getModulus().bitLength());
      } else if (pk instanceof ECPublicKey ec) {
        int bytes = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
        byte[] point = new byte[1 + 2 * bytes];
        point[0] = 4;
        fixed(ec.getW().getAffineX(), point, 1, bytes);
        fixed(ec.getW().getAffineY(), point, 1 + bytes, bytes);
        j.append(",\"pubkey\":").append(str(b64(point)));
        j.append(",\"bits\":").append(ec.getParams().getCurve().getField().getFieldSize());
        String[] curve = curve(pk.getEncoded());
        if (curve != null) {
          j.append(",\"asn1Curve\":").append(str(curve[0]));
          if (curve[1] != null) j.append(",\"nistCurve\":").append(str(curve[1]));
        }
      } else {
        j.append(",\"pubkey\":").append(str(b64(pk.getEncoded())));
      }
      j.append(",\"valid_from\":").append(str(date(c.getNotBefore().toInstant().atZone(ZoneOffset.UTC))));
      j.append(",\"valid_to\":").append(str(date(c.getNotAfter().toInstant().atZone(ZoneOffset.UTC))));
      byte[] der = c.getEncoded();
      j.append(",\"fingerprint\":").append(str(fingerprint("SHA-1", der)));
      j.append(",\"fingerprint256\":").append(str(fingerprint("SHA-256", der)));
      j.append(",\"fingerprint512\":").append(str(fingerprint("SHA-512", der)));
      List<String> eku = c.getExtendedKeyUsage();
      if (eku != null) {
        j.append(",\"ext_key_usage\":[");
        for (int i = 0; i < eku.size(); i++) j.append(i > 0 ? "," : "").append(str(eku.get(i)));
        j.append(']');
      }
      String serial = c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
      if (serial.length() % 2 == 1) serial = "0" + serial;
      j.append(",\"serialNumber\":").append(str(serial));
      j.append(",\"raw\":").append(str(b64(der)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return j.append('}').toString();
  }

  private static void fixed(BigInteger v, byte[] out, int off, int len) {
    byte[] b = v.toByteArray();
    int skip = Math.max(0, b.length - len);
    System.arraycopy(b, skip, out, off + len - (b.length - skip), b.length - skip);
  }

  private static String[] curve(byte[] spki) {
    List<Der.Tlv> alg = Der.read(spki, 0).children().get(0).children();
    if (alg.size() < 2 || alg.get(1).tag() != 0x06) return null;
    return switch (Der.oidString(alg.get(1))) {
      case "1.2.840.10045.3.1.7" -> new String[] {"prime256v1", "P-256"};
      case "1.3.132.0.34" -> new String[] {"secp384r1", "P-384"};
      case "1.3.132.0.35" -> new String[] {"secp521r1", "P-521"};
      case "1.3.132.0.10" -> new String[] {"secp256k1", null};
      default -> null;
    };
  }

  /** An X.500 name as {"C":"US",...}; a repeated attribute becomes an array. */
  private static String name(byte[] der) {
    java.util.LinkedHashMap<String, java.util.List<String>> m = new java.util.LinkedHashMap<>();
    for (Der.Tlv rdn : Der.read(der, 0).children()) {
      for (Der.Tlv atv : rdn.children()) {
        List<Der.Tlv> p = atv.children();
        String oid = Der.oidString(p.get(0));
        String key = NAMES.getOrDefault(oid, oid);
        Der.Tlv v = p.get(1);
        String value = v.tag() == 0x1e
            ? new String(v.content(), java.nio.charset.StandardCharsets.UTF_16BE)
            : new String(v.content(), v.tag() == 0x0c ? java.nio.charset.StandardCharsets.UTF_8
                : java.nio.charset.StandardCharsets.ISO_8859_1);
        m.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
      }
    }
    StringBuilder j = new StringBuilder("{");
    for (var e : m.entrySet()) {
      if (j.length() > 1) j.append(',');
      j.append(str(e.getKey())).append(':');
      if (e.getValue().size() == 1) {
        j.append(str(e.getValue().get(0)));
      } else {
        j.append('[');
        for (int i = 0; i < e.getValue().size(); i++) j.append(i > 0 ? "," : "").append(str(e.getValue().get(i)));
        j.append(']');
      }
    }
    return j.append('}').toString();
  }

  /** "DNS:a, IP Address:1.2.3.4, email:x, URI:y", as Node prints subjectAltName. */
  public static String altNames(X509Certificate c) throws java.security.cert.CertificateParsingException {
    var names = c.getSubjectAlternativeNames();
    if (names == null) return null;
    StringBuilder sb = new StringBuilder();
    for (List<?> n : names) {
      int type = (Integer) n.get(0);
      String prefix = switch (type) {
        case 1 -> "email:";
        case 2 -> "DNS:";
        case 6 -> "URI:";
        case 7 -> "IP Address:";
        default -> null;
      };
      if (prefix == null) continue;
      String v = String.valueOf(n.get(1));
      if (type == 7) {
        try {
          v = Addresses.format(InetAddress.getByName(v)).toUpperCase(Locale.ROOT);
        } catch (Exception ignored) {
          // keep the JDK's text
        }
      }
      if (sb.length() > 0) sb.append(", ");
      sb.append(prefix).append(v);
    }
    return sb.toString();
  }

  private static String date(ZonedDateTime t) {
    return String.format(Locale.ROOT, "%s %2d %02d:%02d:%02d %d GMT", MONTHS[t.getMonthValue() - 1],
        t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getYear());
  }

  private static String fingerprint(String alg, byte[] der) throws Exception {
    byte[] d = MessageDigest.getInstance(alg).digest(der);
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
          else sb.append(ch);
        }
      }
    }
    return sb.append('"').toString();
  }
}
