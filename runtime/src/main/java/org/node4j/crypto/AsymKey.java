package org.node4j.crypto;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.interfaces.DSAParams;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.DSAGenParameterSpec;
import java.security.spec.DSAPublicKeySpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.interfaces.DHPrivateKey;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPublicKeySpec;

/**
 * An asymmetric key as Node's KeyObject sees it: a private and/or public JCA key, Node's type
 * name (rsa, ec, ed25519, ed448, x25519, x448) and, for EC, the curve. Parses and writes
 * PKCS#8, SPKI, PKCS#1, SEC1 and JWK; the JDK reads only PKCS#8 and SPKI, so the others are
 * re-wrapped here. Failures are {@link GeneralSecurityException}s whose message JS reports.
 */
public final class AsymKey {
  public final String type;
  public final String curve; // Node's curve name for EC keys, else null
  public final PrivateKey priv;
  public final PublicKey pub;

  public AsymKey(String type, String curve, PrivateKey priv, PublicKey pub) {
    this.type = type;
    this.curve = curve;
    this.priv = priv;
    this.pub = pub;
  }

  // ---- names ----

  static final String OID_RSA = "1.2.840.113549.1.1.1";
  static final String OID_RSA_PSS = "1.2.840.113549.1.1.10";
  static final String OID_EC = "1.2.840.10045.2.1";
  static final String OID_DSA = "1.2.840.10040.4.1";
  static final String OID_DH = "1.2.840.113549.1.3.1";
  static final Map<String, String> OKP_OIDS = Map.of(
      "1.3.101.112", "ed25519", "1.3.101.113", "ed448", "1.3.101.110", "x25519", "1.3.101.111", "x448");
  static final Map<String, String> OKP_OID_BY_TYPE = Map.of(
      "ed25519", "1.3.101.112", "ed448", "1.3.101.113", "x25519", "1.3.101.110", "x448", "1.3.101.111");
  static final Map<String, Integer> OKP_LEN = Map.of("ed25519", 32, "ed448", 57, "x25519", 32, "x448", 56);
  // curve OID -> [Node's name, JCA name, JWK name, field bytes]
  static final Map<String, String[]> CURVES = Map.of(
      "1.2.840.10045.3.1.7", new String[] {"prime256v1", "secp256r1", "P-256", "32"},
      "1.3.132.0.34", new String[] {"secp384r1", "secp384r1", "P-384", "48"},
      "1.3.132.0.35", new String[] {"secp521r1", "secp521r1", "P-521", "66"});

  static String curveOid(String nodeOrJwkName) {
    for (Map.Entry<String, String[]> e : CURVES.entrySet()) {
      String[] n = e.getValue();
      if (n[0].equals(nodeOrJwkName) || n[1].equals(nodeOrJwkName) || n[2].equals(nodeOrJwkName)) return e.getKey();
    }
    return null;
  }

  static String jcaAlgorithm(String type) {
    return switch (type) {
      case "rsa" -> "RSA";
      case "rsa-pss" -> "RSASSA-PSS";
      case "ec" -> "EC";
      case "ed25519" -> "Ed25519";
      case "ed448" -> "Ed448";
      case "x25519" -> "X25519";
      case "dsa" -> "DSA";
      case "dh" -> "DiffieHellman";
      default -> "X448";
    };
  }

  public boolean isPrivate() {
    return priv != null;
  }

  public AsymKey publicOnly() {
    return new AsymKey(type, curve, null, pub);
  }

  // ---- parsing ----

  private static String[] algorithmOf(Der.Tlv algId) throws GeneralSecurityException {
    List<Der.Tlv> parts = algId.children();
    String oid = Der.oidString(parts.get(0));
    if (oid.equals(OID_RSA)) return new String[] {"rsa", null};
    if (oid.equals(OID_RSA_PSS)) return new String[] {"rsa-pss", null};
    if (oid.equals(OID_DSA)) return new String[] {"dsa", null};
    if (oid.equals(OID_DH)) return new String[] {"dh", null};
    if (OKP_OIDS.containsKey(oid)) return new String[] {OKP_OIDS.get(oid), null};
    if (oid.equals(OID_EC)) {
      if (parts.size() < 2 || parts.get(1).tag() != 0x06) throw new GeneralSecurityException("unsupported EC parameters");
      String[] c = CURVES.get(Der.oidString(parts.get(1)));
      if (c == null) throw new GeneralSecurityException("unsupported curve");
      return new String[] {"ec", c[0]};
    }
    throw new GeneralSecurityException("unsupported key type " + oid);
  }

  public static AsymKey fromPkcs8(byte[] der) throws GeneralSecurityException {
    Der.Tlv top = Der.read(der, 0);
    List<Der.Tlv> parts = top.children();
    String[] alg = algorithmOf(parts.get(1));
    KeyFactory kf = KeyFactory.getInstance(jcaAlgorithm(alg[0]));
    PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(der));
    PublicKey pub = derivePublic(alg[0], alg[1], priv, parts.get(2).content());
    return new AsymKey(alg[0], alg[1], priv, pub);
  }

  public static AsymKey fromSpki(byte[] der) throws GeneralSecurityException {
    Der.Tlv top = Der.read(der, 0);
    String[] alg = algorithmOf(top.children().get(0));
    PublicKey pub = KeyFactory.getInstance(jcaAlgorithm(alg[0])).generatePublic(new X509EncodedKeySpec(der));
    return new AsymKey(alg[0], alg[1], null, pub);
  }

  public static AsymKey fromPkcs1Private(byte[] der) throws GeneralSecurityException {
    return fromPkcs8(Der.seq(Der.integer(BigInteger.ZERO), Der.seq(Der.oid(OID_RSA), Der.NULL), Der.octets(der)));
  }

  public static AsymKey fromPkcs1Public(byte[] der) throws GeneralSecurityException {
    return fromSpki(Der.seq(Der.seq(Der.oid(OID_RSA), Der.NULL), Der.bits(der)));
  }

  public static AsymKey fromSec1(byte[] der) throws GeneralSecurityException {
    String curveOid = null;
    for (Der.Tlv t : Der.read(der, 0).children()) {
      if (t.tag() == 0xa0) curveOid = Der.oidString(t.children().get(0));
    }
    if (curveOid == null) throw new GeneralSecurityException("SEC1 key without curve parameters");
    return fromPkcs8(Der.seq(Der.integer(BigInteger.ZERO), Der.seq(Der.oid(OID_EC), Der.oid(curveOid)),
        Der.octets(der)));
  }

  public static AsymKey fromCertificate(byte[] der) throws GeneralSecurityException {
    PublicKey pk = CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
    return fromSpki(pk.getEncoded());
  }

  /** The public half of a private key: from the key itself, or computed. */
  private static PublicKey derivePublic(String type, String curve, PrivateKey priv, byte[] inner)
      throws GeneralSecurityException {
    switch (type) {
      case "rsa", "rsa-pss" -> {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) priv;
        return KeyFactory.getInstance(jcaAlgorithm(type))
            .generatePublic(new RSAPublicKeySpec(k.getModulus(), k.getPublicExponent()));
      }
      case "dsa" -> {
        DSAPrivateKey k = (DSAPrivateKey) priv;
        DSAParams d = k.getParams();
        return KeyFactory.getInstance("DSA").generatePublic(
            new DSAPublicKeySpec(d.getG().modPow(k.getX(), d.getP()), d.getP(), d.getQ(), d.getG()));
      }
      case "dh" -> {
        DHPrivateKey k = (DHPrivateKey) priv;
        DHParameterSpec d = k.getParams();
        return KeyFactory.getInstance("DiffieHellman").generatePublic(
            new DHPublicKeySpec(d.getG().modPow(k.getX(), d.getP()), d.getP(), d.getG()));
      }
      case "ec" -> {
        ECPrivateKey k = (ECPrivateKey) priv;
        ECPoint w = null;
        // SEC1's optional [1] publicKey, as OpenSSL writes it
        for (Der.Tlv t : Der.read(inner, 0).children()) {
          if (t.tag() == 0xa1) {
            byte[] bits = t.children().get(0).content();
            w = decodePoint(Arrays.copyOfRange(bits, 1, bits.length), k.getParams());
          }
        }
        if (w == null) w = EcMath.multiply(k.getParams(), k.getS());
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, k.getParams()));
      }
      default -> {
        // EdDSA/XDH: regenerate the pair from the private bytes (the generator's only input)
        byte[] raw = Der.read(inner, 0).content();
        KeyPairGenerator g = KeyPairGenerator.getInstance(jcaAlgorithm(type));
        g.initialize(new NamedParameterSpec(jcaAlgorithm(type)), new FixedRandom(raw));
        return g.generateKeyPair().getPublic();
      }
    }
  }

  /** Hands out fixed bytes: makes a key pair generator rebuild the pair of a known private key. */
  private static final class FixedRandom extends SecureRandom {
    private final byte[] bytes;

    FixedRandom(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public void nextBytes(byte[] out) {
      System.arraycopy(bytes, 0, out, 0, Math.min(out.length, bytes.length));
    }
  }

  static ECPoint decodePoint(byte[] enc, ECParameterSpec params) throws GeneralSecurityException {
    int n = (params.getCurve().getField().getFieldSize() + 7) / 8;
    if (enc.length != 2 * n + 1 || enc[0] != 4) throw new GeneralSecurityException("unsupported EC point encoding");
    return new ECPoint(new BigInteger(1, Arrays.copyOfRange(enc, 1, 1 + n)),
        new BigInteger(1, Arrays.copyOfRange(enc, 1 + n, 1 + 2 * n)));
  }

  static byte[] fixed(BigInteger v, int n) {
    byte[] b = v.toByteArray();
    if (b.length == n) return b;
    byte[] out = new byte[n];
    if (b.length > n) System.arraycopy(b, b.length - n, out, 0, n);
    else System.arraycopy(b, 0, out, n - b.length, b.length);
    return out;
  }

  // ---- generation ----

  /**
   * A new key pair. extra: for rsa-pss "hash,mgf1Hash,saltLength" (JCA digest names, empty when
   * unrestricted), for dsa the divisor length, for dh the prime and generator as "primeHex,g" or
   * "bits:N,g", plus ",privateBits" for a named group.
   */
  public static AsymKey generate(String type, int modulusLength, long publicExponent, String curve, String extra)
      throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance(jcaAlgorithm(type));
    String nodeCurve = null;
    switch (type) {
      case "rsa" -> g.initialize(new RSAKeyGenParameterSpec(modulusLength, BigInteger.valueOf(publicExponent)));
      case "rsa-pss" -> {
        PSSParameterSpec pss = null;
        if (extra != null && !extra.isEmpty()) {
          String[] f = extra.split(",", -1);
          String md = f[0].isEmpty() ? "SHA-1" : f[0];
          String mgf = f[1].isEmpty() ? md : f[1];
          int salt = f[2].isEmpty() ? Digests.newDigest(md).getDigestLength() : Integer.parseInt(f[2]);
          pss = new PSSParameterSpec(md, "MGF1", new MGF1ParameterSpec(mgf), salt, 1);
        }
        g.initialize(new RSAKeyGenParameterSpec(modulusLength, BigInteger.valueOf(publicExponent), pss));
      }
      case "dsa" -> {
        int divisor = extra == null || extra.isEmpty() ? -1 : Integer.parseInt(extra);
        // the JDK's precomputed parameters for the default divisor; generating new ones takes seconds
        java.security.spec.DSAParameterSpec fixed = DsaParams.lookup(modulusLength, divisor);
        if (divisor < 0 || divisor == defaultDsaDivisor(modulusLength)) {
          g.initialize(modulusLength);
        } else if (fixed != null) {
          g.initialize(fixed);
        } else {
          java.security.AlgorithmParameterGenerator pg = java.security.AlgorithmParameterGenerator.getInstance("DSA");
          pg.init(new DSAGenParameterSpec(modulusLength, divisor));
          g.initialize(pg.generateParameters().getParameterSpec(java.security.spec.DSAParameterSpec.class));
        }
      }
      case "dh" -> {
        String[] f = extra.split(",");
        BigInteger gen = new BigInteger(f[1]);
        BigInteger prime;
        if (f[0].startsWith("bits:")) prime = new BigInteger(1, KeyAgree.dhSafePrime(Integer.parseInt(f[0].substring(5))));
        else prime = new BigInteger(f[0], 16);
        // a named group's private value has OpenSSL's size for it (f[2]), else the JDK's default
        g.initialize(f.length > 2 ? new DHParameterSpec(prime, gen, Integer.parseInt(f[2]))
            : new DHParameterSpec(prime, gen));
      }
      case "ec" -> {
        String oid = curveOid(curve);
        if (oid == null) throw new GeneralSecurityException("Invalid EC curve name");
        String[] c = CURVES.get(oid);
        nodeCurve = c[0];
        g.initialize(new ECGenParameterSpec(c[1]));
      }
      default -> { }
    }
    KeyPair kp = g.generateKeyPair();
    return new AsymKey(type, nodeCurve, kp.getPrivate(), kp.getPublic());
  }

  /** The divisor the JDK's cached DSA parameters have for a modulus size. */
  private static int defaultDsaDivisor(int modulusBits) {
    return modulusBits <= 1024 ? 160 : modulusBits == 2048 ? 224 : 256;
  }

  // ---- export ----

  public byte[] spki() {
    return pub.getEncoded();
  }

  public byte[] pkcs8() throws GeneralSecurityException {
    if (type.equals("ec")) {
      // with the curve and public key inside, as OpenSSL writes it (the JDK leaves both out)
      return Der.seq(Der.integer(BigInteger.ZERO), Der.seq(Der.oid(OID_EC), Der.oid(curveOid(curve))),
          Der.octets(sec1(false)));
    }
    return priv.getEncoded();
  }

  public byte[] pkcs1() throws GeneralSecurityException {
    if (!type.equals("rsa")) throw new GeneralSecurityException("pkcs1 is for RSA keys only");
    if (priv != null) return Der.read(priv.getEncoded(), 0).children().get(2).content();
    byte[] spki = pub.getEncoded();
    byte[] bits = Der.read(spki, 0).children().get(1).content();
    return Arrays.copyOfRange(bits, 1, bits.length);
  }

  public byte[] sec1(boolean withParams) throws GeneralSecurityException {
    if (!type.equals("ec")) throw new GeneralSecurityException("sec1 is for EC keys only");
    ECPrivateKey k = (ECPrivateKey) priv;
    ECPublicKey p = (ECPublicKey) pub;
    int n = Integer.parseInt(CURVES.get(curveOid(curve))[3]);
    byte[] point = new byte[2 * n + 1];
    point[0] = 4;
    System.arraycopy(fixed(p.getW().getAffineX(), n), 0, point, 1, n);
    System.arraycopy(fixed(p.getW().getAffineY(), n), 0, point, 1 + n, n);
    byte[] version = Der.integer(BigInteger.ONE);
    byte[] key = Der.octets(fixed(k.getS(), n));
    byte[] pubPart = Der.tlv(0xa1, Der.bits(point));
    if (!withParams) return Der.seq(version, key, pubPart);
    return Der.seq(version, key, Der.tlv(0xa0, Der.oid(curveOid(curve))), pubPart);
  }

  private static String b64u(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String b64u(BigInteger v) {
    byte[] b = v.toByteArray();
    if (b.length > 1 && b[0] == 0) b = Arrays.copyOfRange(b, 1, b.length);
    return b64u(b);
  }

  /** JWK members as "name=value" lines, in Node's order. */
  public String jwk() throws GeneralSecurityException {
    StringBuilder sb = new StringBuilder();
    switch (type) {
      case "rsa" -> {
        RSAPublicKey p = (RSAPublicKey) pub;
        sb.append("kty=RSA\nn=").append(b64u(p.getModulus())).append("\ne=").append(b64u(p.getPublicExponent()));
        if (priv instanceof RSAPrivateCrtKey k) {
          sb.append("\nd=").append(b64u(k.getPrivateExponent())).append("\np=").append(b64u(k.getPrimeP()))
              .append("\nq=").append(b64u(k.getPrimeQ())).append("\ndp=").append(b64u(k.getPrimeExponentP()))
              .append("\ndq=").append(b64u(k.getPrimeExponentQ())).append("\nqi=").append(b64u(k.getCrtCoefficient()));
        }
      }
      case "ec" -> {
        String[] c = CURVES.get(curveOid(curve));
        int n = Integer.parseInt(c[3]);
        ECPublicKey p = (ECPublicKey) pub;
        sb.append("kty=EC\nx=").append(b64u(fixed(p.getW().getAffineX(), n)))
            .append("\ny=").append(b64u(fixed(p.getW().getAffineY(), n))).append("\ncrv=").append(c[2]);
        if (priv != null) sb.append("\nd=").append(b64u(fixed(((ECPrivateKey) priv).getS(), n)));
      }
      case "ed25519", "ed448", "x25519", "x448" -> {
        int n = OKP_LEN.get(type);
        byte[] spki = pub.getEncoded();
        String crv = switch (type) {
          case "ed25519" -> "Ed25519";
          case "ed448" -> "Ed448";
          case "x25519" -> "X25519";
          default -> "X448";
        };
        sb.append("crv=").append(crv);
        if (priv != null) {
          byte[] inner = Der.read(priv.getEncoded(), 0).children().get(2).content();
          sb.append("\nd=").append(b64u(Der.read(inner, 0).content()));
        }
        sb.append("\nx=").append(b64u(Arrays.copyOfRange(spki, spki.length - n, spki.length))).append("\nkty=OKP");
      }
      default -> throw new GeneralSecurityException("Unsupported JWK key type");
    }
    return sb.toString();
  }

  private static BigInteger big(Map<String, String> m, String k) throws GeneralSecurityException {
    String v = m.get(k);
    if (v == null) throw new GeneralSecurityException("Invalid JWK: missing " + k);
    return new BigInteger(1, Base64.getUrlDecoder().decode(v));
  }

  public static AsymKey fromJwk(Map<String, String> m, boolean wantPrivate) throws GeneralSecurityException {
    String kty = m.get("kty");
    if ("RSA".equals(kty)) {
      KeyFactory kf = KeyFactory.getInstance("RSA");
      PublicKey pub = kf.generatePublic(new RSAPublicKeySpec(big(m, "n"), big(m, "e")));
      PrivateKey priv = null;
      if (wantPrivate) {
        priv = kf.generatePrivate(new RSAPrivateCrtKeySpec(big(m, "n"), big(m, "e"), big(m, "d"), big(m, "p"),
            big(m, "q"), big(m, "dp"), big(m, "dq"), big(m, "qi")));
      }
      return new AsymKey("rsa", null, priv, pub);
    }
    if ("EC".equals(kty)) {
      String oid = curveOid(String.valueOf(m.get("crv")));
      if (oid == null) throw new GeneralSecurityException("Unsupported JWK EC curve: " + m.get("crv"));
      String[] c = CURVES.get(oid);
      AlgorithmParameters ap = AlgorithmParameters.getInstance("EC");
      ap.init(new ECGenParameterSpec(c[1]));
      ECParameterSpec params = ap.getParameterSpec(ECParameterSpec.class);
      KeyFactory kf = KeyFactory.getInstance("EC");
      PublicKey pub = kf.generatePublic(new ECPublicKeySpec(new ECPoint(big(m, "x"), big(m, "y")), params));
      PrivateKey priv = wantPrivate ? kf.generatePrivate(new ECPrivateKeySpec(big(m, "d"), params)) : null;
      return new AsymKey("ec", c[0], priv, pub);
    }
    if ("OKP".equals(kty)) {
      String crv = String.valueOf(m.get("crv"));
      String type = crv.toLowerCase(java.util.Locale.ROOT);
      String oid = OKP_OID_BY_TYPE.get(type);
      if (oid == null) throw new GeneralSecurityException("Unsupported JWK OKP curve: " + crv);
      if (wantPrivate) {
        byte[] d = Base64.getUrlDecoder().decode(String.valueOf(m.get("d")));
        return fromPkcs8(Der.seq(Der.integer(BigInteger.ZERO), Der.seq(Der.oid(oid)), Der.octets(Der.octets(d))));
      }
      byte[] x = Base64.getUrlDecoder().decode(String.valueOf(m.get("x")));
      return fromSpki(Der.seq(Der.seq(Der.oid(oid)), Der.bits(x)));
    }
    throw new GeneralSecurityException("Unsupported JWK key type: " + kty);
  }

  /** Node's asymmetricKeyDetails: "modulusLength,publicExponentHex" / "curve" / "". */
  public String details() {
    if (pub instanceof RSAPublicKey r) {
      String d = r.getModulus().bitLength() + "," + r.getPublicExponent().toString(16);
      if (r.getParams() instanceof PSSParameterSpec p && p.getMGFParameters() instanceof MGF1ParameterSpec m) {
        d += "," + p.getDigestAlgorithm() + "," + m.getDigestAlgorithm() + "," + p.getSaltLength();
      }
      return d;
    }
    if (pub instanceof DSAPublicKey k) {
      return k.getParams().getP().bitLength() + "," + k.getParams().getQ().bitLength();
    }
    if (type.equals("ec")) return curve;
    return "";
  }

  public boolean sameAs(AsymKey o) {
    if (!type.equals(o.type) || isPrivate() != o.isPrivate()) return false;
    if (pub instanceof javax.crypto.interfaces.DHPublicKey a && o.pub instanceof javax.crypto.interfaces.DHPublicKey b) {
      // the JDK's DH encodings vary with the optional private-value length: compare the numbers
      if (!a.getY().equals(b.getY()) || !a.getParams().getP().equals(b.getParams().getP())
          || !a.getParams().getG().equals(b.getParams().getG())) return false;
    } else if (!Arrays.equals(pub.getEncoded(), o.pub.getEncoded())) {
      return false;
    }
    if (priv == null) return true;
    // the JDK's encodings of DH/DSA private keys vary with how they were made: compare x
    if (priv instanceof DHPrivateKey a && o.priv instanceof DHPrivateKey b) return a.getX().equals(b.getX());
    if (priv instanceof DSAPrivateKey a && o.priv instanceof DSAPrivateKey b) return a.getX().equals(b.getX());
    try {
      // normalized encodings: the JDK keeps whatever form an EC key was parsed from
      return Arrays.equals(pkcs8(), o.pkcs8());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
