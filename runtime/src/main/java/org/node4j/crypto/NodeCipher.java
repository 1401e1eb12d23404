package org.node4j.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One Node Cipher/Decipher over a JCA {@link Cipher}. The JCA cipher is created on first use,
 * because Node lets setAutoPadding/setAAD come after construction. AEAD ciphers keep the tag
 * apart as Node does (JCA appends it to the ciphertext and expects it there when decrypting).
 * Failures are {@link Failure}s carrying the OpenSSL reason Node reports.
 */
public final class NodeCipher {
  public enum Kind { BLOCK, STREAM, GCM, CHACHA_POLY, CHACHA20, WRAP }

  /** keyLen/ivLen in bytes; blockSize 1 for stream modes (what getCipherInfo reports). */
  public record Spec(String name, String jca, String mode, int keyLen, int ivLen, int blockSize, Kind kind) {}

  /** A cipher failure named by OpenSSL's reason (bad decrypt, wrong final block length, auth). */
  public static final class Failure extends Exception {
    public final String reason;

    public Failure(String reason) {
      super(reason, null, false, false);
      this.reason = reason;
    }
  }

  private static final Map<String, Spec> SPECS = new TreeMap<>();

  private static void add(String name, String jca, String mode, int keyLen, int ivLen, int block, Kind kind) {
    SPECS.put(name, new Spec(name, jca, mode, keyLen, ivLen, block, kind));
  }

  static {
    for (int bits : new int[] {128, 192, 256}) {
      int k = bits / 8;
      String p = "aes-" + bits + "-";
      add(p + "cbc", "AES/CBC", "cbc", k, 16, 16, Kind.BLOCK);
      add(p + "ecb", "AES/ECB", "ecb", k, 0, 16, Kind.BLOCK);
      add(p + "ctr", "AES/CTR/NoPadding", "ctr", k, 16, 1, Kind.STREAM);
      add(p + "cfb", "AES/CFB/NoPadding", "cfb", k, 16, 1, Kind.STREAM);
      add(p + "cfb8", "AES/CFB8/NoPadding", "cfb", k, 16, 1, Kind.STREAM);
      add(p + "ofb", "AES/OFB/NoPadding", "ofb", k, 16, 1, Kind.STREAM);
      add(p + "gcm", "AES/GCM/NoPadding", "gcm", k, 12, 1, Kind.GCM);
      // RFC 3394 / RFC 5649 key wrap; the IV is the initial value (A6A6A6A6A6A6A6A6 / A65959A6)
      add("id-aes" + bits + "-wrap", "AES/KW/NoPadding", "wrap", k, 8, 8, Kind.WRAP);
      add("id-aes" + bits + "-wrap-pad", "AES/KWP/NoPadding", "wrap", k, 4, 8, Kind.WRAP);
    }
    add("des-ede3-cbc", "DESede/CBC", "cbc", 24, 8, 8, Kind.BLOCK);
    add("des-ede3-ecb", "DESede/ECB", "ecb", 24, 0, 8, Kind.BLOCK);
    add("des-ede3", "DESede/ECB", "ecb", 24, 0, 8, Kind.BLOCK);
    add("des-ede3-cfb", "DESede/CFB/NoPadding", "cfb", 24, 8, 1, Kind.STREAM);
    add("des-ede3-ofb", "DESede/OFB/NoPadding", "ofb", 24, 8, 1, Kind.STREAM);
    add("chacha20-poly1305", "ChaCha20-Poly1305", "stream", 32, 12, 1, Kind.CHACHA_POLY);
    add("chacha20", "ChaCha20", "stream", 32, 16, 1, Kind.CHACHA20);
    // OpenSSL's aliases
    alias("aes128", "aes-128-cbc");
    alias("aes192", "aes-192-cbc");
    alias("aes256", "aes-256-cbc");
    alias("des3", "des-ede3-cbc");
    alias("id-aes128-gcm", "aes-128-gcm");
    alias("id-aes192-gcm", "aes-192-gcm");
    alias("id-aes256-gcm", "aes-256-gcm");
    for (int bits : new int[] {128, 192, 256}) {
      // OpenSSL reports these under their id- names
      SPECS.put("aes" + bits + "-wrap", SPECS.get("id-aes" + bits + "-wrap"));
      SPECS.put("aes" + bits + "-wrap-pad", SPECS.get("id-aes" + bits + "-wrap-pad"));
    }
  }

  private static void alias(String alias, String name) {
    Spec s = SPECS.get(name);
    SPECS.put(alias, new Spec(alias, s.jca, s.mode, s.keyLen, s.ivLen, s.blockSize, s.kind));
  }

  public static Spec spec(String name) {
    return SPECS.get(name.toLowerCase(Locale.ROOT));
  }

  public static String[] names() {
    return SPECS.keySet().toArray(new String[0]);
  }

  private final Spec spec;
  private final byte[] key;
  private final byte[] iv;
  private final boolean encrypt;
  private int tagLen;
  private boolean autoPadding = true;
  private Cipher cipher;
  private byte[] tag;
  // AEAD decryption waits for the tag (whose length JCA needs at init); JCA would buffer the
  // ciphertext until doFinal anyway.
  private java.io.ByteArrayOutputStream pendingAad;
  private java.io.ByteArrayOutputStream pendingData;
  private Cipher keystream;
  private boolean keystreamUnavailable;

  public NodeCipher(Spec spec, byte[] key, byte[] iv, boolean encrypt, int tagLen) {
    this.spec = spec;
    this.key = key;
    this.iv = iv;
    this.encrypt = encrypt;
    this.tagLen = tagLen;
  }

  public boolean started() {
    return cipher != null || pendingData != null;
  }

  private boolean deferred() {
    return aead() && !encrypt;
  }

  public void setAutoPadding(boolean on) {
    autoPadding = on;
  }

  public void setAuthTag(byte[] t) {
    tag = t;
  }

  /** The tag computed by final() when encrypting. */
  public byte[] authTag() {
    return tag;
  }

  private Cipher cipher() throws GeneralSecurityException {
    if (cipher != null) return cipher;
    String transform = spec.jca;
    if (spec.kind == Kind.BLOCK) transform += autoPadding ? "/PKCS5Padding" : "/NoPadding";
    Cipher c = Cipher.getInstance(transform);
    String keyAlg = spec.jca.substring(0, spec.jca.indexOf('/') < 0 ? spec.jca.length() : spec.jca.indexOf('/'));
    if (spec.kind == Kind.CHACHA_POLY || spec.kind == Kind.CHACHA20) keyAlg = "ChaCha20";
    SecretKeySpec k = new SecretKeySpec(key, keyAlg);
    int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
    switch (spec.kind) {
      case GCM -> c.init(op, k, new GCMParameterSpec(tagLen * 8, iv));
      case CHACHA_POLY -> c.init(op, k, new IvParameterSpec(iv));
      case CHACHA20 -> {
        int counter = (iv[0] & 0xff) | (iv[1] & 0xff) << 8 | (iv[2] & 0xff) << 16 | (iv[3] & 0xff) << 24;
        c.init(op, k, new ChaCha20ParameterSpec(Arrays.copyOfRange(iv, 4, 16), counter));
      }
      default -> {
        if (spec.ivLen == 0) c.init(op, k);
        else c.init(op, k, new IvParameterSpec(iv));
      }
    }
    cipher = c;
    return c;
  }

  private boolean aead() {
    return spec.kind == Kind.GCM || spec.kind == Kind.CHACHA_POLY;
  }

  public void updateAAD(byte[] aad) throws GeneralSecurityException {
    if (deferred()) {
      if (pendingAad == null) pendingAad = new java.io.ByteArrayOutputStream();
      pendingAad.writeBytes(aad);
      return;
    }
    cipher().updateAAD(aad);
  }

  public byte[] update(byte[] in, int off, int len) throws GeneralSecurityException {
    if (deferred()) {
      if (pendingData == null) pendingData = new java.io.ByteArrayOutputStream();
      pendingData.write(in, off, len);
      Cipher k = keystream();
      if (k == null) return new byte[0];
      byte[] out = k.update(in, off, len);
      return out == null ? new byte[0] : out;
    }
    byte[] out = cipher().update(in, off, len);
    return out == null ? new byte[0] : out;
  }

  /**
   * Node hands out AEAD plaintext from update() before the tag is checked. JCA releases nothing
   * until doFinal, so the plaintext is produced here with the AEAD's own keystream (GCM's
   * counter mode from J0+1 for 12-byte IVs, ChaCha20 from block 1) while the ciphertext is kept
   * for the authenticating doFinal. Null when that is not possible (GCM with other IV lengths).
   */
  private Cipher keystream() throws GeneralSecurityException {
    if (keystream != null || keystreamUnavailable) return keystream;
    if (spec.kind == Kind.GCM && iv.length == 12) {
      byte[] ctr = Arrays.copyOf(iv, 16);
      ctr[15] = 2;
      keystream = Cipher.getInstance("AES/CTR/NoPadding");
      keystream.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(ctr));
    } else if (spec.kind == Kind.CHACHA_POLY) {
      keystream = Cipher.getInstance("ChaCha20");
      keystream.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new ChaCha20ParameterSpec(iv, 1));
    } else {
      keystreamUnavailable = true;
    }
    return keystream;
  }

  public byte[] doFinal() throws GeneralSecurityException, Failure {
    try {
      if (deferred()) {
        if (tag == null) throw new Failure("auth");
        int declared = tagLen;
        tagLen = tag.length;
        if (declared > 0 && declared != tagLen) throw new Failure("auth");
        Cipher c = cipher();
        if (pendingAad != null) c.updateAAD(pendingAad.toByteArray());
        byte[] data = pendingData == null ? new byte[0] : pendingData.toByteArray();
        byte[] all = Arrays.copyOf(data, data.length + tag.length);
        System.arraycopy(tag, 0, all, data.length, tag.length);
        byte[] plain = c.doFinal(all);
        // with a keystream, update() already returned the plaintext
        return keystream != null ? new byte[0] : plain;
      }
      Cipher c = cipher();
      byte[] out = c.doFinal();
      if (aead() && encrypt) {
        // JCA appends the tag; Node hands it out through getAuthTag().
        tag = Arrays.copyOfRange(out, out.length - tagLen, out.length);
        return Arrays.copyOf(out, out.length - tagLen);
      }
      return out;
    } catch (AEADBadTagException e) {
      throw new Failure("auth");
    } catch (BadPaddingException e) {
      throw new Failure("bad decrypt");
    } catch (IllegalBlockSizeException e) {
      throw new Failure("wrong final block length");
    }
  }
}
