package org.node4j.crypto;

import javax.crypto.SecretKey;

/** A secret key of any length, the empty one included (SecretKeySpec refuses empty keys, HMAC does not). */
public final class RawKey implements SecretKey {
  private final byte[] key;

  public RawKey(byte[] key) {
    this.key = key;
  }

  @Override
  public String getAlgorithm() {
    return "RAW";
  }

  @Override
  public String getFormat() {
    return "RAW";
  }

  @Override
  public byte[] getEncoded() {
    return key.clone();
  }
}
