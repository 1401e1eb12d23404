package org.node4j.binding.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import org.graalvm.polyglot.HostAccess;
import org.node4j.crypto.AsymKey;

/**
 * The Java side of an asymmetric KeyObject. Methods that can fail return a String (the error
 * message) instead of their result, which JS turns into an Error.
 */
public final class KeyHandle {
  public final AsymKey key;

  public KeyHandle(AsymKey key) {
    this.key = key;
  }

  @HostAccess.Export
  public String type() {
    return key.type;
  }

  @HostAccess.Export
  public boolean isPrivate() {
    return key.isPrivate();
  }

  @HostAccess.Export
  public KeyHandle publicKey() {
    return new KeyHandle(key.publicOnly());
  }

  @HostAccess.Export
  public String details() {
    return key.details();
  }

  /** DER in one of spki, pkcs8, pkcs1, sec1. */
  @HostAccess.Export
  public Object export(String kind) {
    try {
      byte[] der = switch (kind) {
        case "spki" -> key.spki();
        case "pkcs8" -> key.pkcs8();
        case "pkcs1" -> key.pkcs1();
        case "sec1" -> key.sec1(true);
        default -> throw new GeneralSecurityException("Unsupported key encoding " + kind);
      };
      return ByteBuffer.wrap(der);
    } catch (GeneralSecurityException | RuntimeException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** JWK members as name=value lines; an error message does not contain '='. */
  @HostAccess.Export
  public String jwk() {
    try {
      return key.jwk();
    } catch (GeneralSecurityException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @HostAccess.Export
  public boolean same(KeyHandle other) {
    return key.sameAs(other.key);
  }
}
