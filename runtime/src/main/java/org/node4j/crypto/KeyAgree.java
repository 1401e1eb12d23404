package org.node4j.crypto;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * Diffie-Hellman for Node's ECDH (raw points and scalars on a named curve), DiffieHellman
 * (finite-field, modular exponentiation on BigInteger) and crypto.diffieHellman() (two
 * KeyObjects of one type, through JCA's KeyAgreement).
 */
public final class KeyAgree {
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyAgree() {}

  // ---- ECDH on raw encodings ----

  /** The curve's parameters, or null for a curve the JDK does not have. */
  public static ECParameterSpec curve(String nodeName) {
    String oid = AsymKey.curveOid(nodeName);
    if (oid == null) return null;
    try {
      AlgorithmParameters ap = AlgorithmParameters.getInstance("EC");
      ap.init(new ECGenParameterSpec(AsymKey.CURVES.get(oid)[1]));
      return ap.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  static int fieldBytes(ECParameterSpec p) {
    return (p.getCurve().getField().getFieldSize() + 7) / 8;
  }

  /** {private scalar, uncompressed public point}. */
  public static byte[][] ecGenerate(ECParameterSpec p) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(p, RANDOM);
    KeyPair kp = g.generateKeyPair();
    BigInteger s = ((ECPrivateKey) kp.getPrivate()).getS();
    ECPoint w = ((ECPublicKey) kp.getPublic()).getW();
    return new byte[][] {unsigned(s, orderBytes(p)), encode(p, w, "uncompressed")};
  }

  static int orderBytes(ECParameterSpec p) {
    return (p.getOrder().bitLength() + 7) / 8;
  }

  /** The public point of a private scalar; throws when the scalar is not in [1, n). */
  public static byte[] ecPublicOf(ECParameterSpec p, byte[] priv) throws GeneralSecurityException {
    BigInteger s = new BigInteger(1, priv);
    if (s.signum() == 0 || s.compareTo(p.getOrder()) >= 0) throw new InvalidKeyException("private key");
    return encode(p, EcMath.multiply(p, s), "uncompressed");
  }

  /** The shared secret (the x coordinate) of a private scalar and an encoded public point. */
  public static byte[] ecCompute(ECParameterSpec p, byte[] priv, byte[] point) throws GeneralSecurityException {
    ECPoint w = decode(p, point);
    KeyFactory kf = KeyFactory.getInstance("EC");
    KeyAgreement ka = KeyAgreement.getInstance("ECDH");
    ka.init(kf.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, priv), p)));
    ka.doPhase(kf.generatePublic(new ECPublicKeySpec(w, p)), true);
    return ka.generateSecret();
  }

  /** A point re-encoded as uncompressed, compressed or hybrid. */
  public static byte[] ecConvert(ECParameterSpec p, byte[] point, String format) throws GeneralSecurityException {
    return encode(p, decode(p, point), format);
  }

  /** Decodes SEC1 point encodings (02/03 compressed, 04 uncompressed, 06/07 hybrid); checks the point. */
  public static ECPoint decode(ECParameterSpec p, byte[] b) throws GeneralSecurityException {
    int n = fieldBytes(p);
    BigInteger prime = ((ECFieldFp) p.getCurve().getField()).getP();
    BigInteger x;
    BigInteger y;
    if (b.length == 1 + n && (b[0] == 2 || b[0] == 3)) {
      x = new BigInteger(1, Arrays.copyOfRange(b, 1, 1 + n));
      BigInteger rhs = x.pow(3).add(p.getCurve().getA().multiply(x)).add(p.getCurve().getB()).mod(prime);
      // every curve here has p = 3 (mod 4), so a square root is rhs^((p+1)/4)
      y = rhs.modPow(prime.add(BigInteger.ONE).shiftRight(2), prime);
      if (!y.multiply(y).mod(prime).equals(rhs)) throw new InvalidKeyException("point not on curve");
      if (y.testBit(0) != (b[0] == 3)) y = prime.subtract(y);
    } else if (b.length == 1 + 2 * n && (b[0] == 4 || b[0] == 6 || b[0] == 7)) {
      x = new BigInteger(1, Arrays.copyOfRange(b, 1, 1 + n));
      y = new BigInteger(1, Arrays.copyOfRange(b, 1 + n, 1 + 2 * n));
      if (b[0] != 4 && y.testBit(0) != (b[0] == 7)) throw new InvalidKeyException("hybrid point parity");
    } else {
      throw new InvalidKeyException("bad point encoding");
    }
    BigInteger lhs = y.multiply(y).mod(prime);
    BigInteger rhs = x.pow(3).add(p.getCurve().getA().multiply(x)).add(p.getCurve().getB()).mod(prime);
    if (x.compareTo(prime) >= 0 || y.compareTo(prime) >= 0 || !lhs.equals(rhs)) {
      throw new InvalidKeyException("point not on curve");
    }
    return new ECPoint(x, y);
  }

  public static byte[] encode(ECParameterSpec p, ECPoint w, String format) {
    int n = fieldBytes(p);
    byte[] x = unsigned(w.getAffineX(), n);
    byte[] y = unsigned(w.getAffineY(), n);
    boolean odd = w.getAffineY().testBit(0);
    if (format.equals("compressed")) {
      byte[] r = new byte[1 + n];
      r[0] = (byte) (odd ? 3 : 2);
      System.arraycopy(x, 0, r, 1, n);
      return r;
    }
    byte[] r = new byte[1 + 2 * n];
    r[0] = (byte) (format.equals("hybrid") ? (odd ? 7 : 6) : 4);
    System.arraycopy(x, 0, r, 1, n);
    System.arraycopy(y, 0, r, 1 + n, n);
    return r;
  }

  static byte[] unsigned(BigInteger v, int len) {
    byte[] b = v.toByteArray();
    if (b.length == len) return b;
    byte[] r = new byte[len];
    if (b.length > len) System.arraycopy(b, b.length - len, r, 0, len);
    else System.arraycopy(b, 0, r, len - b.length, b.length);
    return r;
  }

  // ---- finite-field DH ----

  /** A random private key of privBits bits (at least 1). */
  public static byte[] dhPrivate(int privBits) {
    BigInteger x;
    do {
      x = new BigInteger(privBits, RANDOM);
    } while (x.signum() == 0);
    return x.toByteArray()[0] == 0 ? Arrays.copyOfRange(x.toByteArray(), 1, x.toByteArray().length) : x.toByteArray();
  }

  /** g^x mod p, unpadded as OpenSSL's BN_bn2bin gives it. */
  public static byte[] dhPublic(byte[] p, byte[] g, byte[] x) {
    BigInteger y = new BigInteger(1, g).modPow(new BigInteger(1, x), new BigInteger(1, p));
    return unsigned(y, (y.bitLength() + 7) / 8);
  }

  /** other^x mod p, left-padded to the prime's length; throws for a public key outside (1, p-1). */
  public static byte[] dhCompute(byte[] p, byte[] x, byte[] other) throws InvalidKeyException {
    BigInteger prime = new BigInteger(1, p);
    BigInteger y = new BigInteger(1, other);
    if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(prime.subtract(BigInteger.ONE)) >= 0) {
      throw new InvalidKeyException("Supplied key is too small");
    }
    return unsigned(y.modPow(new BigInteger(1, x), prime), (prime.bitLength() + 7) / 8);
  }

  /** OpenSSL's DH_check flags for p: 0x80 too small, 0x01 not prime, 0x02 not a safe prime. */
  public static int dhCheck(byte[] p) {
    BigInteger prime = new BigInteger(1, p);
    int flags = prime.bitLength() < 512 ? 0x80 : 0;
    if (!prime.isProbablePrime(64)) return flags | 0x01;
    if (!prime.subtract(BigInteger.ONE).shiftRight(1).isProbablePrime(64)) flags |= 0x02;
    return flags;
  }

  /** A safe prime of the given size (q and 2q+1 both prime), as OpenSSL generates for DH. */
  public static byte[] dhSafePrime(int bits) {
    while (true) {
      BigInteger q = BigInteger.probablePrime(bits - 1, RANDOM);
      BigInteger p = q.shiftLeft(1).add(BigInteger.ONE);
      if (p.bitLength() == bits && p.isProbablePrime(64)) return unsigned(p, (bits + 7) / 8);
    }
  }

  // ---- crypto.diffieHellman(): two KeyObjects ----

  public static byte[] agree(AsymKey priv, AsymKey pub) throws GeneralSecurityException {
    String alg = switch (priv.type) {
      case "ec" -> "ECDH";
      case "x25519" -> "X25519";
      case "x448" -> "X448";
      case "dh" -> "DiffieHellman";
      default -> throw new InvalidKeyException("Unsupported key type " + priv.type);
    };
    KeyAgreement ka = KeyAgreement.getInstance(alg);
    ka.init(priv.priv);
    ka.doPhase(pub.pub, true);
    return ka.generateSecret();
  }
}
