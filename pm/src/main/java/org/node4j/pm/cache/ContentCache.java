package org.node4j.pm.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Content-addressed store: a blob lives at content-v2/ALGO/xx/yy/REST-OF-HEX, so a lockfile's
 * integrity string is also its cache key and a cached tarball can be reused without asking the
 * registry. Writes go to a temp file and are renamed into place, so readers never see halves;
 * reads re-hash the blob, so a corrupted entry is treated as a miss and removed.
 */
public final class ContentCache {
  private final Path root;

  public ContentCache(Path root) { this.root = root; }

  public Path root() { return root; }

  private Path pathFor(Integrity.Hash h) {
    String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(h.digestBase64()));
    return root.resolve("content-v2").resolve(h.algo()).resolve(hex.substring(0, 2))
        .resolve(hex.substring(2, 4)).resolve(hex.substring(4));
  }

  /** The verified blob for this integrity, or null on a miss (or a corrupted entry). */
  public byte[] get(Integrity integrity) {
    Integrity.Hash h = integrity.strongest();
    if (h == null) return null;
    Path p;
    try {
      p = pathFor(h);
    } catch (IllegalArgumentException badBase64) {
      return null;
    }
    if (!Files.isRegularFile(p)) return null;
    try {
      byte[] data = Files.readAllBytes(p);
      if (integrity.matches(data)) return data;
      Files.deleteIfExists(p);
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Stores data under its sha512 and under the strongest hash of {@code also}, if any. When
   * {@code also} was just verified against the data and is a sha512, it is not hashed again
   * (SHA-512 of every tarball is a large part of a cold install's CPU time).
   */
  public Integrity put(byte[] data, Integrity also) {
    if (also != null && also.strongest() != null && also.strongest().algo().equals("sha512")) {
      write(pathFor(also.strongest()), data);
      return also;
    }
    Integrity sha512 = Integrity.of("sha512", data);
    write(pathFor(sha512.strongest()), data);
    if (also != null && also.strongest() != null && !also.strongest().algo().equals("sha512")) {
      write(pathFor(also.strongest()), data);
    }
    return sha512;
  }

  private void write(Path target, byte[] data) {
    try {
      if (Files.isRegularFile(target)) return;
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".tmp-", "");
      Files.write(tmp, data);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // A cache that cannot be written only costs speed; the install itself goes on.
    }
  }

  /**
   * Where the unpacked files of a verified tarball are kept, so that installs can hard-link them
   * instead of gunzipping and creating every file again (creating inodes is what an install
   * spends its time on). A folder here is complete: it is filled elsewhere and renamed in.
   */
  public Path unpackedDir(Integrity integrity) {
    Integrity.Hash h = integrity.strongest();
    if (h == null) return null;
    try {
      String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(h.digestBase64()));
      return root.resolve("unpacked-v1").resolve(h.algo()).resolve(hex.substring(0, 2)).resolve(hex.substring(2));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException badDigest) {
      return null;
    }
  }

  /** A fresh folder next to the unpacked store to fill before {@link #unpackedDir} renaming. */
  public Path unpackTemp() throws IOException {
    Path tmp = root.resolve("unpacked-v1").resolve("tmp");
    Files.createDirectories(tmp);
    return Files.createTempDirectory(tmp, "u-");
  }

  /** Cached metadata documents (packuments) keyed by URL: validators here, the body beside. */
  public Path metaPath(String url) {
    String key = HexFormat.of().formatHex(Integrity.digest("sha256", url.getBytes(StandardCharsets.UTF_8)));
    return root.resolve("index-v2").resolve(key.substring(0, 2)).resolve(key.substring(2) + ".json");
  }

  private Path bodyPath(String url) {
    Path m = metaPath(url);
    return m.resolveSibling(m.getFileName().toString().replace(".json", ".body"));
  }

  /** The raw body stored for a URL, or null when missing or not of the recorded size. */
  public String getBody(String url, long size) {
    try {
      byte[] b = Files.readAllBytes(bodyPath(url));
      return b.length == size ? new String(b, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  public void putBody(String url, byte[] body) {
    write0(bodyPath(url), body);
  }

  public String getMeta(String url) {
    try {
      Path p = metaPath(url);
      return Files.isRegularFile(p) ? Files.readString(p) : null;
    } catch (IOException e) {
      return null;
    }
  }

  public void putMeta(String url, String text) {
    write0(metaPath(url), text.getBytes(StandardCharsets.UTF_8));
  }

  private void write0(Path target, byte[] data) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".tmp-", "");
      Files.write(tmp, data);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // see write()
    }
  }

  /** {@code npm cache clean --force}: removes everything. */
  public void clean() {
    deleteTree(root);
  }

  public record VerifyResult(int verified, int removed, long bytes) {}

  /** {@code npm cache verify}: re-hashes every blob, deleting those that no longer match their key. */
  public VerifyResult verify() {
    Path content = root.resolve("content-v2");
    if (!Files.isDirectory(content)) return new VerifyResult(0, 0, 0);
    int ok = 0, bad = 0;
    long bytes = 0;
    try (Stream<Path> s = Files.walk(content)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path rel = content.relativize(p);
        if (rel.getNameCount() != 4 || p.getFileName().toString().startsWith(".tmp-")) {
          Files.deleteIfExists(p);
          bad++;
          continue;
        }
        String algo = rel.getName(0).toString();
        String hex = rel.getName(1).toString() + rel.getName(2) + rel.getName(3);
        byte[] data = Files.readAllBytes(p);
        String want = HexFormat.of().formatHex(Integrity.digest(algo, data));
        if (want.equals(hex)) {
          ok++;
          bytes += data.length;
        } else {
          Files.deleteIfExists(p);
          bad++;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException("cache verify failed: " + e.getMessage(), e));
    }
    return new VerifyResult(ok, bad, bytes);
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> all = s.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
