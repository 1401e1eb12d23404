package org.node4j.binding;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import javax.crypto.Mac;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.binding.crypto.Bytes;
import org.node4j.binding.crypto.CipherHandle;
import org.node4j.binding.crypto.HashHandle;
import org.node4j.binding.crypto.HmacHandle;
import org.node4j.crypto.Digests;
import org.node4j.crypto.Kdf;
import org.node4j.crypto.NodeCipher;
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
}
