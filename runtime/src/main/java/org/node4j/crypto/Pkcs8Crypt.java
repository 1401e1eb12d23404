package org.node4j.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypted PKCS#8 (EncryptedPrivateKeyInfo with PBES2: PBKDF2 and a CBC cipher), written the
 * way OpenSSL 3 does for Node's export({ cipher, passphrase }): 16-byte salt, 2048 iterations,
 * HMAC-SHA256. Reads PBES2 with any HMAC-SHA PRF and AES-CBC or 3DES-CBC.
 */
public final class Pkcs8Crypt {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String OID_PBES2 = "1.2.840.113549.1.5.13";
  private static final String OID_PBKDF2 = "1.2.840.113549.1.5.12";
  // Node's cipher name -> {OID, JCA transformation, key bytes}
  private static final Map<String, String[]> CIPHERS = Map.of(
      "aes-128-cbc", new String[] {"2.16.840.1.101.3.4.1.2", "AES/CBC/PKCS5Padding", "16"},
      "aes-192-cbc", new String[] {"2.16.840.1.101.3.4.1.22", "AES/CBC/PKCS5Padding", "24"},
      "aes-256-cbc", new String[] {"2.16.840.1.101.3.4.1.42", "AES/CBC/PKCS5Padding", "32"},
      "des-ede3-cbc", new String[] {"1.2.840.113549.3.7", "DESede/CBC/PKCS5Padding", "24"});
  // HMAC PRF OID -> JCA digest
  private static final Map<String, String> PRFS = Map.of(
      "1.2.840.113549.2.7", "SHA-1", "1.2.840.113549.2.8", "SHA-224", "1.2.840.113549.2.9", "SHA-256",
      "1.2.840.113549.2.10", "SHA-384", "1.2.840.113549.2.11", "SHA-512");

  private Pkcs8Crypt() {}

  public static boolean knows(String cipher) {
    return CIPHERS.containsKey(cipher);
  }

  /** Thrown for a wrong passphrase (OpenSSL's "bad decrypt"). */
  public static final class BadDecrypt extends Exception {
    public BadDecrypt() {
      super("bad decrypt", null, false, false);
    }
  }

  public static byte[] encrypt(byte[] pkcs8, String cipher, byte[] passphrase) throws GeneralSecurityException {
    String[] c = CIPHERS.get(cipher);
    if (c == null) throw new GeneralSecurityException("Unknown cipher");
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    int iterations = 2048;
    Cipher ci = Cipher.getInstance(c[1]);
    byte[] iv = new byte[ci.getBlockSize()];
    RANDOM.nextBytes(iv);
    byte[] key = Kdf.pbkdf2("SHA-256", passphrase, salt, iterations, Integer.parseInt(c[2]));
    ci.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, c[1].substring(0, c[1].indexOf('/'))), new IvParameterSpec(iv));
    byte[] kdf = Der.seq(Der.oid(OID_PBKDF2), Der.seq(Der.octets(salt), Der.integer(BigInteger.valueOf(iterations)),
        Der.seq(Der.oid("1.2.840.113549.2.9"), Der.NULL)));
    byte[] scheme = Der.seq(Der.oid(c[0]), Der.octets(iv));
    return Der.seq(Der.seq(Der.oid(OID_PBES2), Der.seq(kdf, scheme)), Der.octets(ci.doFinal(pkcs8)));
  }

  /** Whether DER is an EncryptedPrivateKeyInfo rather than a PrivateKeyInfo. */
  public static boolean isEncrypted(byte[] der) {
    try {
      List<Der.Tlv> top = Der.read(der, 0).children();
      return top.size() == 2 && top.get(0).tag() == 0x30 && top.get(1).tag() == 0x04;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public static byte[] decrypt(byte[] epki, byte[] passphrase) throws GeneralSecurityException, BadDecrypt {
    List<Der.Tlv> top = Der.read(epki, 0).children();
    List<Der.Tlv> alg = top.get(0).children();
    if (!Der.oidString(alg.get(0)).equals(OID_PBES2)) throw new GeneralSecurityException("unsupported encryption");
    List<Der.Tlv> params = alg.get(1).children();
    List<Der.Tlv> kdf = params.get(0).children();
    if (!Der.oidString(kdf.get(0)).equals(OID_PBKDF2)) throw new GeneralSecurityException("unsupported KDF");
    List<Der.Tlv> kdfParams = kdf.get(1).children();
    byte[] salt = kdfParams.get(0).content();
    int iterations = new BigInteger(1, kdfParams.get(1).content()).intValueExact();
    String prf = "SHA-1";
    for (int i = 2; i < kdfParams.size(); i++) {
      if (kdfParams.get(i).tag() == 0x30) prf = PRFS.get(Der.oidString(kdfParams.get(i).children().get(0)));
    }
    if (prf == null) throw new GeneralSecurityException("unsupported PRF");
    List<Der.Tlv> scheme = params.get(1).children();
    String oid = Der.oidString(scheme.get(0));
    String[] c = null;
    for (String[] v : CIPHERS.values()) if (v[0].equals(oid)) c = v;
    if (c == null) throw new GeneralSecurityException("unsupported cipher");
    byte[] key = Kdf.pbkdf2(prf, passphrase, salt, iterations, Integer.parseInt(c[2]));
    Cipher ci = Cipher.getInstance(c[1]);
    ci.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, c[1].substring(0, c[1].indexOf('/'))),
        new IvParameterSpec(scheme.get(1).content()));
    try {
      return ci.doFinal(top.get(1).content());
    } catch (BadPaddingException e) {
      throw new BadDecrypt();
    }
  }
}
