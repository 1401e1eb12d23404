package org.node4j.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Signatures and RSA encryption with Node's options (padding, salt length, DSA encoding, OAEP). */
public final class AsymOps {
  private AsymOps() {}

  public static final int RSA_PKCS1_PADDING = 1;
  public static final int RSA_NO_PADDING = 3;
  public static final int RSA_PKCS1_OAEP_PADDING = 4;
  public static final int RSA_PKCS1_PSS_PADDING = 6;
  public static final int SALTLEN_DIGEST = -1;
  public static final int SALTLEN_MAX_OR_AUTO = -2;

  /** "SHA-256" -> "SHA256" (the JCA's signature names drop the dash of SHA-1/SHA-2 only). */
  private static String sigDigest(String jcaDigest) {
    return jcaDigest.startsWith("SHA-") ? "SHA" + jcaDigest.substring(4) : jcaDigest;
  }

  private static int digestLength(String jcaDigest) {
    return Digests.newDigest(jcaDigest).getDigestLength();
  }

  private static Signature signature(AsymKey key, String jcaDigest, int padding, int saltLen, boolean p1363,
      boolean signing, byte[] context) throws GeneralSecurityException {
    switch (key.type) {
      case "ed25519", "ed448" -> {
        if (jcaDigest != null) throw new GeneralSecurityException("Unsupported digest for EdDSA");
        Signature s = Signature.getInstance(key.type.equals("ed25519") ? "Ed25519" : "Ed448");
        // RFC 8032's Ed25519ctx / Ed448 with a context string
        if (context != null) s.setParameter(new java.security.spec.EdDSAParameterSpec(false, context));
        return s;
      }
      case "ec" -> {
        String d = jcaDigest == null ? "SHA-256" : jcaDigest;
        return Signature.getInstance(sigDigest(d) + "withECDSA" + (p1363 ? "inP1363Format" : ""));
      }
      case "dsa" -> {
        String d = jcaDigest == null ? "SHA-256" : jcaDigest;
        return Signature.getInstance(sigDigest(d) + "withDSA" + (p1363 ? "inP1363Format" : ""));
      }
      case "rsa", "rsa-pss" -> {
        // a restricted rsa-pss key names its digest and minimum salt length
        PSSParameterSpec keyPss = ((RSAKey) key.pub).getParams() instanceof PSSParameterSpec p ? p : null;
        String d = jcaDigest != null ? jcaDigest : keyPss != null ? keyPss.getDigestAlgorithm() : "SHA-256";
        if (keyPss != null && saltLen == SALTLEN_MAX_OR_AUTO && !signing) saltLen = keyPss.getSaltLength();
        if (padding == RSA_PKCS1_PSS_PADDING || key.type.equals("rsa-pss")) {
          Signature s = Signature.getInstance("RSASSA-PSS");
          int modBytes = (((RSAKey) (signing ? key.priv : key.pub)).getModulus().bitLength() + 7) / 8;
          int hlen = digestLength(d);
          int max = modBytes - hlen - 2;
          int salt = saltLen == SALTLEN_DIGEST ? hlen : saltLen == SALTLEN_MAX_OR_AUTO ? max : saltLen;
          String mgf = keyPss != null && keyPss.getMGFParameters() instanceof MGF1ParameterSpec m
              ? m.getDigestAlgorithm() : d;
          s.setParameter(new PSSParameterSpec(d, "MGF1", new MGF1ParameterSpec(mgf), salt, 1));
          return s;
        }
        return Signature.getInstance(sigDigest(d) + "withRSA");
      }
      default -> throw new GeneralSecurityException("operation not supported for this keytype");
    }
  }

  public static byte[] sign(AsymKey key, String jcaDigest, byte[] data, int padding, int saltLen, boolean p1363,
      byte[] context) throws GeneralSecurityException {
    Signature s = signature(key, jcaDigest, padding, saltLen, p1363, true, context);
    s.initSign(key.priv);
    s.update(data);
    return s.sign();
  }

  public static boolean verify(AsymKey key, String jcaDigest, byte[] data, byte[] sig, int padding, int saltLen,
      boolean p1363, byte[] context) throws GeneralSecurityException {
    boolean pss = key.type.startsWith("rsa") && (padding == RSA_PKCS1_PSS_PADDING || key.type.equals("rsa-pss"));
    if (pss && saltLen == SALTLEN_MAX_OR_AUTO) {
      // OpenSSL's "auto" recovers the salt length from the signature; JCA needs it given, so
      // try the two lengths signers use (maximum, as Node signs by default, and digest length).
      if (verifyOnce(key, jcaDigest, data, sig, padding, SALTLEN_MAX_OR_AUTO, p1363, null)) return true;
      return verifyOnce(key, jcaDigest, data, sig, padding, SALTLEN_DIGEST, p1363, null);
    }
    return verifyOnce(key, jcaDigest, data, sig, padding, saltLen, p1363, context);
  }

  private static boolean verifyOnce(AsymKey key, String jcaDigest, byte[] data, byte[] sig, int padding,
      int saltLen, boolean p1363, byte[] context) throws GeneralSecurityException {
    Signature s = signature(key, jcaDigest, padding, saltLen, p1363, false, context);
    try {
      s.initVerify(key.pub);
    } catch (java.security.InvalidKeyException e) {
      // a PSS salt too long for the key: no signature can match, as OpenSSL answers
      if (s.getAlgorithm().equals("RSASSA-PSS")) return false;
      throw e;
    }
    s.update(data);
    try {
      return s.verify(sig);
    } catch (java.security.SignatureException e) {
      return false; // malformed signatures are simply not valid, as in Node
    }
  }

  /** publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt. */
  public static byte[] rsa(AsymKey key, String op, byte[] data, int padding, String oaepDigest, byte[] label)
      throws GeneralSecurityException {
    if (!key.type.equals("rsa")) throw new GeneralSecurityException("operation not supported for this keytype");
    boolean usePrivate = op.startsWith("private");
    boolean encrypt = op.endsWith("Encrypt");
    Key k = usePrivate ? key.priv : key.pub;
    Cipher c;
    switch (padding) {
      case RSA_PKCS1_OAEP_PADDING -> {
        c = Cipher.getInstance("RSA/ECB/OAEPPadding");
        String d = oaepDigest == null ? "SHA-1" : oaepDigest;
        c.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, k,
            new OAEPParameterSpec(d, "MGF1", new MGF1ParameterSpec(d),
                label == null ? PSource.PSpecified.DEFAULT : new PSource.PSpecified(label)));
      }
      case RSA_NO_PADDING -> {
        c = Cipher.getInstance("RSA/ECB/NoPadding");
        c.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, k);
      }
      default -> {
        c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        c.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, k);
      }
    }
    return c.doFinal(data);
  }
}
