package org.node4j.binding;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.crypto.Bytes;
import org.node4j.binding.crypto.CipherHandle;
import org.node4j.binding.crypto.HashHandle;
import org.node4j.binding.crypto.HmacHandle;
import org.node4j.binding.crypto.KeyHandle;
import org.node4j.binding.crypto.X509Handle;
import org.node4j.crypto.AsymKey;
import org.node4j.crypto.AsymOps;
import org.node4j.crypto.Digests;
import org.node4j.crypto.Kdf;
import org.node4j.crypto.KeyAgree;
import org.node4j.crypto.X509Info;
import org.node4j.crypto.NodeCipher;
import org.node4j.crypto.Pkcs8Crypt;
import org.node4j.crypto.Primes;
import org.node4j.crypto.Scrypt;
import org.node4j.runtime.BlockingPool;
import org.node4j.runtime.NodeRuntime;

/**
 * Node's {@code crypto} binding over the JDK's JCA. Byte arguments arrive as (ArrayBuffer,
 * offset, length) triples read in bulk; results go back as ByteBuffers JS wraps without copying.
 * Key derivations run inline for the sync API and on the blocking pool when given a callback
 * {@code cb(error, buffer)}.
 */
public final class CryptoBinding {
  private final NodeRuntime runtime;
  private SecureRandom random;

  CryptoBinding(NodeRuntime runtime) {
    this.runtime = runtime;
  }

  // ---- names ----

  @HostAccess.Export
  public String hashNames() {
    return String.join(",", Digests.NODE_NAMES);
  }

  @HostAccess.Export
  public String cipherNames() {
    return String.join(",", NodeCipher.names());
  }

  /** "jcaName,defaultLength,maxLength,xof" or null for a digest we lack. */
  @HostAccess.Export
  public String hashInfo(String name) {
    String jca = Digests.jcaName(name);
    if (jca == null) return null;
    return jca + "," + Digests.defaultLength(jca) + "," + Digests.maxLength(jca) + ","
        + Digests.isXof(jca);
  }

  /** "name,mode,keyLength,ivLength,blockSize,kind" or null for an unknown cipher. */
  @HostAccess.Export
  public String cipherInfo(String name) {
    NodeCipher.Spec s = NodeCipher.spec(name);
    if (s == null) return null;
    return s.name() + "," + s.mode() + "," + s.keyLen() + "," + s.ivLen() + "," + s.blockSize() + ","
        + s.kind();
  }

  // ---- hashes ----

  @HostAccess.Export
  public HashHandle createHash(String jca, int outLen) {
    return new HashHandle(Digests.newDigest(jca), outLen);
  }

  /**
   * createHash(alg).update(string).digest(enc) in one crossing: the JS Hash defers a lone utf8
   * string update to here. A String for hex/base64/base64url, else a ByteBuffer.
   */
  @HostAccess.Export
  public Object hashString(String jca, int outLen, String data, String encoding) {
    HashHandle h = new HashHandle(Digests.newDigest(jca), outLen);
    h.updateString(data);
    if (encoding == null) return h.digest();
    return h.digestString(encoding);
  }

  @HostAccess.Export
  public HmacHandle createHmac(String jca, Value key, double off, double len) {
    Mac mac = Digests.newMac(jca, Bytes.read(key, off, len));
    return mac == null ? null : new HmacHandle(mac);
  }

  // ---- randomness ----

  @HostAccess.Export
  public ByteBuffer randomBytes(int n) {
    if (random == null) random = new SecureRandom();
    byte[] b = new byte[n];
    random.nextBytes(b);
    return ByteBuffer.wrap(b);
  }

  // ---- key derivation ----

  private Object run(Value cb, BlockingPool.Action<byte[]> op) {
    if (cb == null || !cb.canExecute()) {
      try {
        return ByteBuffer.wrap(op.perform());
      } catch (Exception e) {
        return String.valueOf(e.getMessage());
      }
    }
    runtime.pool().submit(op, outcome -> {
      if (outcome.error() != null) {
        runtime.calls().callback(cb, String.valueOf(outcome.error().getMessage()), null);
      } else {
        runtime.calls().callback(cb, null, ByteBuffer.wrap(outcome.value()));
      }
    });
    return null;
  }

  /** A ByteBuffer (sync), an error string, or null when cb takes the result later. */
  @HostAccess.Export
  public Object pbkdf2(String jca, Value pw, double pwOff, double pwLen, Value salt, double saltOff,
      double saltLen, int iterations, int keylen, Value cb) {
    byte[] p = Bytes.read(pw, pwOff, pwLen);
    byte[] s = Bytes.read(salt, saltOff, saltLen);
    return run(cb, () -> Kdf.pbkdf2(jca, p, s, iterations, keylen));
  }

  @HostAccess.Export
  public Object hkdf(String jca, Value ikm, double ikmOff, double ikmLen, Value salt, double saltOff,
      double saltLen, Value info, double infoOff, double infoLen, int length, Value cb) {
    byte[] k = Bytes.read(ikm, ikmOff, ikmLen);
    byte[] s = Bytes.read(salt, saltOff, saltLen);
    byte[] i = Bytes.read(info, infoOff, infoLen);
    return run(cb, () -> Kdf.hkdf(jca, k, s, i, length));
  }

  @HostAccess.Export
  public Object scrypt(Value pw, double pwOff, double pwLen, Value salt, double saltOff, double saltLen,
      double n, double r, double p, int keylen, Value cb) {
    byte[] pb = Bytes.read(pw, pwOff, pwLen);
    byte[] sb = Bytes.read(salt, saltOff, saltLen);
    return run(cb, () -> Scrypt.derive(pb, sb, (int) n, (int) r, (int) p, keylen));
  }

  @HostAccess.Export
  public int macLength(String jca) {
    return Kdf.macLength(jca);
  }

  // ---- ciphers ----

  @HostAccess.Export
  public CipherHandle createCipher(String name, boolean encrypt, Value key, double keyOff, double keyLen,
      Value iv, double ivOff, double ivLen, int tagLen) {
    NodeCipher.Spec spec = NodeCipher.spec(name);
    return new CipherHandle(new NodeCipher(spec, Bytes.read(key, keyOff, keyLen),
        Bytes.read(iv, ivOff, ivLen), encrypt, tagLen));
  }

  // ---- asymmetric keys ----

  /** A key from DER (kind: pkcs8, spki, pkcs1-private, pkcs1-public, sec1, cert), or an error. */
  @HostAccess.Export
  public Object parseKey(String kind, Value der, double off, double len) {
    byte[] b = Bytes.read(der, off, len);
    try {
      AsymKey k = switch (kind) {
        case "pkcs8" -> AsymKey.fromPkcs8(b);
        case "spki" -> AsymKey.fromSpki(b);
        case "pkcs1-private" -> AsymKey.fromPkcs1Private(b);
        case "pkcs1-public" -> AsymKey.fromPkcs1Public(b);
        case "sec1" -> AsymKey.fromSec1(b);
        default -> AsymKey.fromCertificate(b);
      };
      return new KeyHandle(k);
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * Encrypted PKCS#8: op "encrypt" (data = PKCS#8, with cipher) or "decrypt" (data =
   * EncryptedPrivateKeyInfo). A ByteBuffer, or an error: "bad decrypt", "Unknown cipher" or another message.
   */
  @HostAccess.Export
  public Object pkcs8Crypt(String op, Value data, double off, double len, String cipher, Value pass, double passOff,
      double passLen) {
    byte[] d = Bytes.read(data, off, len);
    byte[] p = Bytes.read(pass, passOff, passLen);
    try {
      return ByteBuffer.wrap(op.equals("encrypt") ? Pkcs8Crypt.encrypt(d, cipher, p) : Pkcs8Crypt.decrypt(d, p));
    } catch (Pkcs8Crypt.BadDecrypt e) {
      return "bad decrypt";
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @HostAccess.Export
  public boolean isEncryptedPkcs8(Value data, double off, double len) {
    return Pkcs8Crypt.isEncrypted(Bytes.read(data, off, len));
  }

  /** A key from JWK members given as name=value lines. */
  @HostAccess.Export
  public Object importJwk(String members, boolean wantPrivate) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String line : members.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
    }
    try {
      return new KeyHandle(AsymKey.fromJwk(m, wantPrivate));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /**
   * A new key pair (the handle holds both halves): inline, or cb(error, handle) later. curve is
   * the EC curve, or for rsa-pss/dsa/dh the extra parameters {@link AsymKey#generate} takes.
   */
  @HostAccess.Export
  public Object generateKeyPair(String type, int modulusLength, double publicExponent, String curve, Value cb) {
    BlockingPool.Action<AsymKey> op = () -> AsymKey.generate(type, modulusLength, (long) publicExponent, curve, curve);
    if (cb == null || !cb.canExecute()) {
      try {
        return new KeyHandle(op.perform());
      } catch (Exception e) {
        return String.valueOf(e.getMessage());
      }
    }
    runtime.pool().submit(op, outcome -> {
      if (outcome.error() != null) {
        runtime.calls().callback(cb, String.valueOf(outcome.error().getMessage()), null);
      } else {
        runtime.calls().callback(cb, null, new KeyHandle(outcome.value()));
      }
    });
    return null;
  }

  @HostAccess.Export
  public Object sign(KeyHandle key, String jcaDigest, Value data, double off, double len, int padding,
      int saltLen, boolean p1363, Value context, double ctxOff, double ctxLen) {
    try {
      return ByteBuffer.wrap(AsymOps.sign(key.key, jcaDigest, Bytes.read(data, off, len), padding, saltLen, p1363,
          contextOf(context, ctxOff, ctxLen)));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** An EdDSA context, or null for none (a missing or empty one). */
  private static byte[] contextOf(Value context, double off, double len) {
    return context == null || context.isNull() || len == 0 ? null : Bytes.read(context, off, len);
  }

  @HostAccess.Export
  public Object verify(KeyHandle key, String jcaDigest, Value data, double off, double len, Value sig,
      double sigOff, double sigLen, int padding, int saltLen, boolean p1363, Value context, double ctxOff,
      double ctxLen) {
    try {
      return AsymOps.verify(key.key, jcaDigest, Bytes.read(data, off, len), Bytes.read(sig, sigOff, sigLen),
          padding, saltLen, p1363, contextOf(context, ctxOff, ctxLen));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @HostAccess.Export
  public Object rsaCipher(KeyHandle key, String op, Value data, double off, double len, int padding,
      String oaepDigest, Value label, double labelOff, double labelLen) {
    try {
      byte[] l = label == null || label.isNull() ? null : Bytes.read(label, labelOff, labelLen);
      return ByteBuffer.wrap(AsymOps.rsa(key.key, op, Bytes.read(data, off, len), padding, oaepDigest, l));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  // ---- Diffie-Hellman (ECDH, DiffieHellman, crypto.diffieHellman) ----

  /** A new EC key pair on a curve as private scalar followed by the uncompressed point; null for an unknown curve. */
  @HostAccess.Export
  public Object ecdhGenerate(String curve) {
    java.security.spec.ECParameterSpec p = KeyAgree.curve(curve);
    if (p == null) return null;
    try {
      byte[][] kp = KeyAgree.ecGenerate(p);
      byte[] r = java.util.Arrays.copyOf(kp[0], kp[0].length + kp[1].length);
      System.arraycopy(kp[1], 0, r, kp[0].length, kp[1].length);
      return ByteBuffer.wrap(r);
    } catch (GeneralSecurityException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** op: "public" (point of a scalar), "compute" (secret of scalar a and point b), or a point format to convert point a to. */
  @HostAccess.Export
  public Object ecdh(String op, String curve, Value a, double aOff, double aLen, Value b, double bOff, double bLen) {
    java.security.spec.ECParameterSpec p = KeyAgree.curve(curve);
    if (p == null) return null;
    try {
      byte[] x = Bytes.read(a, aOff, aLen);
      return ByteBuffer.wrap(switch (op) {
        case "public" -> KeyAgree.ecPublicOf(p, x);
        case "compute" -> KeyAgree.ecCompute(p, x, Bytes.read(b, bOff, bLen));
        default -> KeyAgree.ecConvert(p, x, op);
      });
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @HostAccess.Export
  public ByteBuffer dhPrivate(int bits) {
    return ByteBuffer.wrap(KeyAgree.dhPrivate(bits));
  }

  /** g^x mod p when other is null, else other^x mod p (or an error message for a bad public key). */
  @HostAccess.Export
  public Object dhModPow(Value p, double pOff, double pLen, Value g, double gOff, double gLen, Value x, double xOff,
      double xLen, boolean compute) {
    byte[] prime = Bytes.read(p, pOff, pLen);
    byte[] base = Bytes.read(g, gOff, gLen);
    byte[] exp = Bytes.read(x, xOff, xLen);
    if (!compute) return ByteBuffer.wrap(KeyAgree.dhPublic(prime, base, exp));
    try {
      return ByteBuffer.wrap(KeyAgree.dhCompute(prime, exp, base));
    } catch (GeneralSecurityException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @HostAccess.Export
  public int dhCheck(Value p, double off, double len) {
    return KeyAgree.dhCheck(Bytes.read(p, off, len));
  }

  @HostAccess.Export
  public ByteBuffer dhSafePrime(int bits) {
    return ByteBuffer.wrap(KeyAgree.dhSafePrime(bits));
  }

  @HostAccess.Export
  public Object keyAgree(KeyHandle priv, KeyHandle pub) {
    try {
      return ByteBuffer.wrap(KeyAgree.agree(priv.key, pub.key));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  // ---- primes ----

  @HostAccess.Export
  public boolean checkPrime(Value candidate, double off, double len, int checks) {
    return Primes.check(Bytes.read(candidate, off, len), checks);
  }

  /** A prime of `bits` bits (safe, and = rem mod add when add is given): inline, or cb(error, bytes). */
  @HostAccess.Export
  public Object generatePrime(int bits, boolean safe, Value add, double addOff, double addLen, Value rem,
      double remOff, double remLen, Value cb) {
    byte[] a = add == null || add.isNull() ? null : Bytes.read(add, addOff, addLen);
    byte[] r = rem == null || rem.isNull() ? null : Bytes.read(rem, remOff, remLen);
    return run(cb, () -> Primes.generate(bits, safe, a, r));
  }

  // ---- X509Certificate ----

  /** A certificate from DER, or an error message. */
  @HostAccess.Export
  public Object parseX509(Value der, double off, double len) {
    try {
      return new X509Handle(X509Info.parse(Bytes.read(der, off, len)));
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }
}
