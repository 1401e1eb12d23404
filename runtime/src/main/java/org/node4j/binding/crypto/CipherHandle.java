package org.node4j.binding.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.node4j.crypto.NodeCipher;

/**
 * A Cipher/Decipher object's state. Methods that can fail return null (or false) and leave the
 * OpenSSL-style reason in {@link #error()}, which JS turns into Node's error; a Java exception
 * would reach JS as a host exception instead.
 */
public final class CipherHandle {
  private final NodeCipher cipher;
  private String error;

  public CipherHandle(NodeCipher cipher) {
    this.cipher = cipher;
  }

  @HostAccess.Export
  public String error() {
    return error;
  }

  @HostAccess.Export
  public boolean started() {
    return cipher.started();
  }

  @HostAccess.Export
  public void setAutoPadding(boolean on) {
    cipher.setAutoPadding(on);
  }

  @HostAccess.Export
  public boolean setAAD(Value arrayBuffer, double offset, double length) {
    try {
      cipher.updateAAD(Bytes.read(arrayBuffer, offset, length));
      return true;
    } catch (GeneralSecurityException | IllegalStateException e) {
      error = e.getMessage();
      return false;
    }
  }

  @HostAccess.Export
  public void setAuthTag(Value arrayBuffer, double offset, double length) {
    cipher.setAuthTag(Bytes.read(arrayBuffer, offset, length));
  }

  @HostAccess.Export
  public ByteBuffer getAuthTag() {
    byte[] t = cipher.authTag();
    return t == null ? null : ByteBuffer.wrap(t.clone());
  }

  @HostAccess.Export
  public ByteBuffer update(Value arrayBuffer, double offset, double length) {
    try {
      if (length <= 64 * 1024) {
        return ByteBuffer.wrap(cipher.update(Bytes.read(arrayBuffer, offset, length), 0, (int) length));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) length + 32);
      GeneralSecurityException[] failed = new GeneralSecurityException[1];
      Bytes.feed(arrayBuffer, offset, length, (b, off, len) -> {
        if (failed[0] != null) return;
        try {
          out.writeBytes(cipher.update(b, off, len));
        } catch (GeneralSecurityException e) {
          failed[0] = e;
        }
      });
      if (failed[0] != null) throw failed[0];
      return ByteBuffer.wrap(out.toByteArray());
    } catch (GeneralSecurityException | IllegalStateException e) {
      error = String.valueOf(e.getMessage());
      return null;
    }
  }

  @HostAccess.Export
  public ByteBuffer doFinal() {
    try {
      return ByteBuffer.wrap(cipher.doFinal());
    } catch (NodeCipher.Failure f) {
      error = f.reason;
      return null;
    } catch (GeneralSecurityException | IllegalStateException e) {
      error = String.valueOf(e.getMessage());
      return null;
    }
  }
}
