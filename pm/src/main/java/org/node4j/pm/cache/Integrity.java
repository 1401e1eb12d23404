package org.node4j.pm.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.node4j.pm.PmException;

/**
 * Subresource Integrity strings as npm uses them ("sha512-base64 sha1-base64 ..."). Checking uses
 * the strongest algorithm the string names, like ssri: a weaker hash listed beside a stronger one
 * cannot be used to sneak in other content.
 */
public final class Integrity {
  /** Weakest first, so a higher index means stronger. */
  private static final List<String> ALGOS = List.of("sha1", "sha256", "sha384", "sha512");

  public record Hash(String algo, String digestBase64) {
    @Override
    public String toString() { return algo + "-" + digestBase64; }
  }

  private final List<Hash> hashes;

  private Integrity(List<Hash> hashes) { this.hashes = hashes; }

  /** Parses an SRI string; unknown algorithms and malformed parts are skipped (as ssri does). */
  public static Integrity parse(String sri) {
    List<Hash> out = new ArrayList<>();
    if (sri != null) {
      for (String part : sri.strip().split("\\s+")) {
        int dash = part.indexOf('-');
        if (dash <= 0) continue;
        String algo = part.substring(0, dash);
        String digest = part.substring(dash + 1);
        int opt = digest.indexOf('?');
        if (opt >= 0) digest = digest.substring(0, opt);
        if (ALGOS.contains(algo) && !digest.isEmpty()) out.add(new Hash(algo, digest));
      }
    }
    return new Integrity(out);
  }

  /** A legacy hex "shasum" from a packument's dist, as an SRI. */
  public static Integrity fromHexSha1(String hex) {
    return new Integrity(List.of(new Hash("sha1", Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)))));
  }

  public static Integrity of(String algo, byte[] data) {
    return new Integrity(List.of(new Hash(algo, Base64.getEncoder().encodeToString(digest(algo, data)))));
  }

  /** Hex digest, as in a packument's legacy "shasum". */
  public static String hex(String algo, byte[] data) {
    return HexFormat.of().formatHex(digest(algo, data));
  }

  public boolean isEmpty() { return hashes.isEmpty(); }

  public Hash strongest() {
    Hash best = null;
    for (Hash h : hashes) {
      if (best == null || ALGOS.indexOf(h.algo) > ALGOS.indexOf(best.algo)) best = h;
    }
    return best;
  }

  /** True when the data matches a hash of the strongest algorithm present. */
  public boolean matches(byte[] data) {
    Hash s = strongest();
    if (s == null) return false;
    String got = Base64.getEncoder().encodeToString(digest(s.algo, data));
    for (Hash h : hashes) {
      if (h.algo.equals(s.algo) && h.digestBase64.equals(got)) return true;
    }
    return false;
  }

  /** Throws npm's EINTEGRITY (naming what was fetched) unless the data matches. */
  public void check(byte[] data, String what) {
    if (matches(data)) return;
    Hash s = strongest();
    String got = s == null ? "(nothing to compare)" : of(s.algo, data).toString();
    throw new PmException("EINTEGRITY",
        what + ": integrity checksum failed when using " + (s == null ? "?" : s.algo) + ": wanted "
            + this + " but got " + got + ". (" + data.length + " bytes)");
  }

  public static byte[] digest(String algo, byte[] data) {
    String jca = switch (algo) {
      case "sha1" -> "SHA-1";
      case "sha256" -> "SHA-256";
      case "sha384" -> "SHA-384";
      case "sha512" -> "SHA-512";
      default -> throw new IllegalArgumentException(algo);
    };
    try {
      return MessageDigest.getInstance(jca).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Hash h : hashes) {
      if (!b.isEmpty()) b.append(' ');
      b.append(h);
    }
    return b.toString();
  }
}
