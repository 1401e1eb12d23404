package org.node4j.crypto;

import java.security.GeneralSecurityException;

/** scrypt (RFC 7914): the JDK has no implementation. PBKDF2-HMAC-SHA256 around ROMix. */
public final class Scrypt {
  private Scrypt() {}

  public static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int keylen)
      throws GeneralSecurityException {
    int blockLen = 128 * r;
    byte[] b = Kdf.pbkdf2("SHA-256", password, salt, 1, p * blockLen);
    int words = 32 * r;
    int[] x = new int[words];
    int[] v = new int[words * n];
    int[] y = new int[words];
    for (int i = 0; i < p; i++) {
      int off = i * blockLen;
      for (int k = 0; k < words; k++) x[k] = le32(b, off + 4 * k);
      for (int j = 0; j < n; j++) {
        System.arraycopy(x, 0, v, j * words, words);
        blockMix(x, y, r);
      }
      for (int j = 0; j < n; j++) {
        int idx = x[(2 * r - 1) * 16] & (n - 1);
        int base = idx * words;
        for (int k = 0; k < words; k++) x[k] ^= v[base + k];
        blockMix(x, y, r);
      }
      for (int k = 0; k < words; k++) {
        int w = x[k];
        b[off + 4 * k] = (byte) w;
        b[off + 4 * k + 1] = (byte) (w >>> 8);
        b[off + 4 * k + 2] = (byte) (w >>> 16);
        b[off + 4 * k + 3] = (byte) (w >>> 24);
      }
    }
    return Kdf.pbkdf2("SHA-256", password, b, 1, keylen);
  }

  private static int le32(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
  }

  // BlockMix with Salsa20/8: x is 2r 16-word blocks; y is scratch of the same size.
  private static void blockMix(int[] x, int[] y, int r) {
    int[] t = new int[16];
    System.arraycopy(x, (2 * r - 1) * 16, t, 0, 16);
    for (int i = 0; i < 2 * r; i++) {
      for (int k = 0; k < 16; k++) t[k] ^= x[i * 16 + k];
      salsa8(t);
      // even blocks go to the first half, odd ones to the second
      int dst = ((i & 1) == 0 ? (i / 2) : (r + i / 2)) * 16;
      System.arraycopy(t, 0, y, dst, 16);
    }
    System.arraycopy(y, 0, x, 0, 32 * r);
  }

  private static void salsa8(int[] b) {
    int x0 = b[0], x1 = b[1], x2 = b[2], x3 = b[3], x4 = b[4], x5 = b[5], x6 = b[6], x7 = b[7];
    int x8 = b[8], x9 = b[9], x10 = b[10], x11 = b[11], x12 = b[12], x13 = b[13], x14 = b[14], x15 = b[15];
    for (int i = 0; i < 8; i += 2) {
      x4 ^= Integer.rotateLeft(x0 + x12, 7);
      x8 ^= Integer.rotateLeft(x4 + x0, 9);
      x12 ^= Integer.rotateLeft(x8 + x4, 13);
      x0 ^= Integer.rotateLeft(x12 + x8, 18);
      x9 ^= Integer.rotateLeft(x5 + x1, 7);
      x13 ^= Integer.rotateLeft(x9 + x5, 9);
      x1 ^= Integer.rotateLeft(x13 + x9, 13);
      x5 ^= Integer.rotateLeft(x1 + x13, 18);
      x14 ^= Integer.rotateLeft(x10 + x6, 7);
      x2 ^= Integer.rotateLeft(x14 + x10, 9);
      x6 ^= Integer.rotateLeft(x2 + x14, 13);
      x10 ^= Integer.rotateLeft(x6 + x2, 18);
      x3 ^= Integer.rotateLeft(x15 + x11, 7);
      x7 ^= Integer.rotateLeft(x3 + x15, 9);
      x11 ^= Integer.rotateLeft(x7 + x3, 13);
      x15 ^= Integer.rotateLeft(x11 + x7, 18);
      x1 ^= Integer.rotateLeft(x0 + x3, 7);
      x2 ^= Integer.rotateLeft(x1 + x0, 9);
      x3 ^= Integer.rotateLeft(x2 + x1, 13);
      x0 ^= Integer.rotateLeft(x3 + x2, 18);
      x6 ^= Integer.rotateLeft(x5 + x4, 7);
      x7 ^= Integer.rotateLeft(x6 + x5, 9);
      x4 ^= Integer.rotateLeft(x7 + x6, 13);
      x5 ^= Integer.rotateLeft(x4 + x7, 18);
      x11 ^= Integer.rotateLeft(x10 + x9, 7);
      x8 ^= Integer.rotateLeft(x11 + x10, 9);
      x9 ^= Integer.rotateLeft(x8 + x11, 13);
      x10 ^= Integer.rotateLeft(x9 + x8, 18);
      x12 ^= Integer.rotateLeft(x15 + x14, 7);
      x13 ^= Integer.rotateLeft(x12 + x15, 9);
      x14 ^= Integer.rotateLeft(x13 + x12, 13);
      x15 ^= Integer.rotateLeft(x14 + x13, 18);
    }
    b[0] += x0; b[1] += x1; b[2] += x2; b[3] += x3; b[4] += x4; b[5] += x5; b[6] += x6; b[7] += x7;
    b[8] += x8; b[9] += x9; b[10] += x10; b[11] += x11; b[12] += x12; b[13] += x13; b[14] += x14; b[15] += x15;
  }
}
