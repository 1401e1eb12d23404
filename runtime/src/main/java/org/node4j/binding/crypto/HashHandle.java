package org.node4j.binding.crypto;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** A Hash object's state: a MessageDigest and the output length asked for (XOFs). */
public final class HashHandle {
  private final MessageDigest md;
  private final int outLen;

  public HashHandle(MessageDigest md, int outLen) {
    this.md = md;
    this.outLen = outLen;
  }

  @HostAccess.Export
  public void update(Value arrayBuffer, double offset, double length) {
    Bytes.feed(arrayBuffer, offset, length, md::update);
  }

  @HostAccess.Export
  public void updateString(String s) {
    md.update(Bytes.utf8(s));
  }

  private byte[] finish() {
    byte[] d = md.digest();
    return d.length == outLen ? d : Arrays.copyOf(d, outLen);
  }

  @HostAccess.Export
  public ByteBuffer digest() {
    return ByteBuffer.wrap(finish());
  }

  /** hex, base64 and base64url straight to a string: no buffer crosses for the usual case. */
  @HostAccess.Export
  public String digestString(String encoding) {
    byte[] d = finish();
    return switch (encoding) {
      case "hex" -> HexFormat.of().formatHex(d);
      case "base64" -> Base64.getEncoder().encodeToString(d);
      default -> Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    };
  }

  @HostAccess.Export
  public HashHandle copy(double outLen) {
    try {
      return new HashHandle((MessageDigest) md.clone(), outLen < 0 ? this.outLen : (int) outLen);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }
}
