package org.node4j.binding.crypto;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** An Hmac object's state. */
public final class HmacHandle {
  private final Mac mac;

  public HmacHandle(Mac mac) {
    this.mac = mac;
  }

  @HostAccess.Export
  public void update(Value arrayBuffer, double offset, double length) {
    Bytes.feed(arrayBuffer, offset, length, mac::update);
  }

  @HostAccess.Export
  public void updateString(String s) {
    mac.update(Bytes.utf8(s));
  }

  @HostAccess.Export
  public ByteBuffer digest() {
    return ByteBuffer.wrap(mac.doFinal());
  }

  @HostAccess.Export
  public String digestString(String encoding) {
    byte[] d = mac.doFinal();
    return switch (encoding) {
      case "hex" -> HexFormat.of().formatHex(d);
      case "base64" -> Base64.getEncoder().encodeToString(d);
      default -> Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    };
  }
}
