package org.node4j.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/** crypto.checkPrime / generatePrime on BigInteger's Miller-Rabin. */
public final class Primes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Primes() {}

  /** checks: Miller-Rabin rounds, 0 for the default (error below 2^-128, as OpenSSL's). */
  public static boolean check(byte[] candidate, int checks) {
    BigInteger n = new BigInteger(1, candidate);
    return n.isProbablePrime(checks <= 0 ? 128 : Math.max(2 * checks, 2));
  }

  /**
   * A random prime of exactly `bits` bits; with add, one with p % add == rem (rem defaults to 1);
   * with safe, (p - 1) / 2 is prime too.
   */
  public static byte[] generate(int bits, boolean safe, byte[] add, byte[] rem) throws GeneralSecurityException {
    BigInteger a = add == null ? null : new BigInteger(1, add);
    BigInteger r = rem == null ? BigInteger.ONE : new BigInteger(1, rem);
    if (a != null && (a.signum() == 0 || r.compareTo(a) >= 0 || a.bitLength() > bits)) {
      throw new GeneralSecurityException("invalid options");
    }
    if (bits < 2 || (safe && bits < 3)) throw new GeneralSecurityException("too small");
    for (int tries = 0; tries < 10_000_000; tries++) {
      BigInteger c = new BigInteger(bits, RANDOM).setBit(bits - 1);
      if (a != null) {
        c = c.subtract(c.mod(a)).add(r);
        if (c.bitLength() != bits) continue;
      } else {
        c = c.setBit(0);
        if (bits == 2) c = c.testBit(0) ? BigInteger.valueOf(3) : c;
      }
      if (!c.isProbablePrime(64)) continue;
      // q = (p - 1) / 2 must be an odd prime, as OpenSSL's safe primes are (so 5 is not one)
      if (safe && (!c.testBit(1) || !c.shiftRight(1).isProbablePrime(64))) continue;
      return KeyAgree.unsigned(c, (bits + 7) / 8);
    }
    throw new GeneralSecurityException("no prime found");
  }
}
