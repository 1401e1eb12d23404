package org.node4j.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;

/**
 * OpenSSL's digest names (as Node accepts them, case-insensitively) mapped to the JDK's.
 * Digests the JDK lacks (ripemd160, blake2, sm3) are absent, so Node's "not supported" errors
 * apply to them.
 */
public final class Digests {
  private Digests() {}

  private static final Map<String, String> JCA = Map.ofEntries(
      Map.entry("md5", "MD5"), Map.entry("rsa-md5", "MD5"), Map.entry("md5withrsaencryption", "MD5"),
      Map.entry("ssl3-md5", "MD5"),
      Map.entry("sha1", "SHA-1"), Map.entry("rsa-sha1", "SHA-1"), Map.entry("ssl3-sha1", "SHA-1"),
      Map.entry("sha1withrsaencryption", "SHA-1"), Map.entry("rsa-sha1-2", "SHA-1"), Map.entry("sha-1", "SHA-1"),
      Map.entry("sha224", "SHA-224"), Map.entry("rsa-sha224", "SHA-224"), Map.entry("sha-224", "SHA-224"),
      Map.entry("sha224withrsaencryption", "SHA-224"),
      Map.entry("sha256", "SHA-256"), Map.entry("rsa-sha256", "SHA-256"), Map.entry("sha-256", "SHA-256"),
      Map.entry("sha256withrsaencryption", "SHA-256"),
      Map.entry("sha384", "SHA-384"), Map.entry("rsa-sha384", "SHA-384"), Map.entry("sha-384", "SHA-384"),
      Map.entry("sha384withrsaencryption", "SHA-384"),
      Map.entry("sha512", "SHA-512"), Map.entry("rsa-sha512", "SHA-512"), Map.entry("sha-512", "SHA-512"),
      Map.entry("sha512withrsaencryption", "SHA-512"),
      Map.entry("sha512-224", "SHA-512/224"), Map.entry("rsa-sha512/224", "SHA-512/224"),
      Map.entry("sha512-224withrsaencryption", "SHA-512/224"),
      Map.entry("sha512-256", "SHA-512/256"), Map.entry("rsa-sha512/256", "SHA-512/256"),
      Map.entry("sha512-256withrsaencryption", "SHA-512/256"),
      Map.entry("sha3-224", "SHA3-224"), Map.entry("rsa-sha3-224", "SHA3-224"),
      Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-224", "SHA3-224"),
      Map.entry("sha3-256", "SHA3-256"), Map.entry("rsa-sha3-256", "SHA3-256"),
      Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-256", "SHA3-256"),
      Map.entry("sha3-384", "SHA3-384"), Map.entry("rsa-sha3-384", "SHA3-384"),
      Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-384", "SHA3-384"),
      Map.entry("sha3-512", "SHA3-512"), Map.entry("rsa-sha3-512", "SHA3-512"),
      Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-512", "SHA3-512"),
      // The JDK's SHAKEs have a fixed output; a shorter XOF output is its prefix.
      Map.entry("shake128", "SHAKE128-256"), Map.entry("shake256", "SHAKE256-512"));

  /** The names getHashes() lists: those above, in OpenSSL's order. */
  public static final String[] NODE_NAMES = {
    "RSA-MD5", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256",
    "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256",
    "id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
    "id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5",
    "md5WithRSAEncryption", "sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption",
    "sha256", "sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
    "sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
    "sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256", "ssl3-md5",
    "ssl3-sha1",
  };

  /** The JCA name for a Node digest name, or null. */
  public static String jcaName(String nodeName) {
    return JCA.get(nodeName.toLowerCase(Locale.ROOT));
  }

  /** True for the extendable-output functions, whose length the caller chooses. */
  public static boolean isXof(String jca) {
    return jca.startsWith("SHAKE");
  }

  /** The default output length in bytes (shake128: 16, shake256: 32, as OpenSSL). */
  public static int defaultLength(String jca) {
    return switch (jca) {
      case "SHAKE128-256" -> 16;
      case "SHAKE256-512" -> 32;
      default -> newDigest(jca).getDigestLength();
    };
  }

  /** The longest output available (the JDK's SHAKEs are fixed-length). */
  public static int maxLength(String jca) {
    return newDigest(jca).getDigestLength();
  }

  // Cloning a fresh digest is several times cheaper than a provider lookup per hash.
  private static final java.util.concurrent.ConcurrentHashMap<String, MessageDigest> PROTOTYPES =
      new java.util.concurrent.ConcurrentHashMap<>();

  public static MessageDigest newDigest(String jca) {
    try {
      MessageDigest proto = PROTOTYPES.get(jca);
      if (proto == null) {
        proto = MessageDigest.getInstance(jca);
        PROTOTYPES.putIfAbsent(jca, proto);
      }
      return (MessageDigest) proto.clone();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException(jca, e);
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance(jca);
      } catch (NoSuchAlgorithmException e2) {
        throw new IllegalArgumentException(jca, e2);
      }
    }
  }

  /** An HMAC over a JCA digest, or null when the JDK has none (SHAKE). */
  public static Mac newMac(String jca, byte[] key) {
    if (isXof(jca)) return null;
    try {
      Mac mac = Mac.getInstance("Hmac" + jca.replace("SHA-", "SHA"));
      mac.init(new RawKey(key));
      return mac;
    } catch (java.security.GeneralSecurityException e) {
      return null;
    }
  }
}
