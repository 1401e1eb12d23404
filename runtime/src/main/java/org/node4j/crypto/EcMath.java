package org.node4j.crypto;

import java.math.BigInteger;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * Scalar multiplication on a prime curve in affine coordinates, only to compute the public point
 * of an EC private key that arrived without one (the JDK has no public API for it). Not
 * constant-time; used on key import only, never for signing.
 */
final class EcMath {
  private EcMath() {}

  static ECPoint multiply(ECParameterSpec params, BigInteger k) {
    BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
    BigInteger a = params.getCurve().getA();
    ECPoint r = ECPoint.POINT_INFINITY;
    ECPoint g = params.getGenerator();
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      r = add(r, r, p, a);
      if (k.testBit(i)) r = add(r, g, p, a);
    }
    return r;
  }

  private static ECPoint add(ECPoint s, ECPoint t, BigInteger p, BigInteger a) {
    if (s.equals(ECPoint.POINT_INFINITY)) return t;
    if (t.equals(ECPoint.POINT_INFINITY)) return s;
    BigInteger x1 = s.getAffineX();
    BigInteger y1 = s.getAffineY();
    BigInteger x2 = t.getAffineX();
    BigInteger y2 = t.getAffineY();
    BigInteger lambda;
    if (x1.equals(x2)) {
      if (!y1.equals(y2) || y1.signum() == 0) return ECPoint.POINT_INFINITY;
      lambda = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a).multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
    } else {
      lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
    }
    BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
    BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
    return new ECPoint(x3, y3);
  }
}
