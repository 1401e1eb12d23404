package org.node4j.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;

/**
 * Key derivation on HMAC: PBKDF2 (RFC 8018) and HKDF (RFC 5869), written over {@link Mac} so
 * passwords and salts are bytes (the JDK's PBKDF2 takes a char[] password) and every digest
 * Node accepts works.
 */
public final class Kdf {
  private Kdf() {}

  public static byte[] pbkdf2(String jcaDigest, byte[] password, byte[] salt, int iterations, int keylen)
      throws GeneralSecurityException {
    Mac mac = Digests.newMac(jcaDigest, password);
    if (mac == null) throw new GeneralSecurityException("no HMAC for " + jcaDigest);
    int hlen = mac.getMacLength();
    byte[] out = new byte[keylen];
    byte[] u = new byte[hlen];
    byte[] t = new byte[hlen];
    for (int block = 1, pos = 0; pos < keylen; block++) {
      mac.update(salt);
      mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
      mac.doFinal(u, 0);
      System.arraycopy(u, 0, t, 0, hlen);
      for (int i = 1; i < iterations; i++) {
        mac.update(u);
        mac.doFinal(u, 0);
        for (int j = 0; j < hlen; j++) t[j] ^= u[j];
      }
      int n = Math.min(hlen, keylen - pos);
      System.arraycopy(t, 0, out, pos, n);
      pos += n;
    }
    return out;
  }

  public static byte[] hkdf(String jcaDigest, byte[] ikm, byte[] salt, byte[] info, int length)
      throws GeneralSecurityException {
    Mac extract = Digests.newMac(jcaDigest, salt);
    if (extract == null) throw new GeneralSecurityException("no HMAC for " + jcaDigest);
    int hlen = extract.getMacLength();
    // RFC 5869: an absent salt is hashLen zero bytes (HMAC pads short keys with zeros anyway).
    byte[] prk = extract.doFinal(ikm);
    Mac expand = Digests.newMac(jcaDigest, prk);
    byte[] out = new byte[length];
    byte[] t = new byte[0];
    for (int i = 1, pos = 0; pos < length; i++) {
      expand.update(t);
      expand.update(info);
      expand.update((byte) i);
      t = expand.doFinal();
      int n = Math.min(hlen, length - pos);
      System.arraycopy(t, 0, out, pos, n);
      pos += n;
    }
    return out;
  }

  /** The HMAC output length of a digest, or -1 when there is no HMAC for it. */
  public static int macLength(String jcaDigest) {
    Mac mac = Digests.newMac(jcaDigest, new byte[1]);
    return mac == null ? -1 : mac.getMacLength();
  }
}
