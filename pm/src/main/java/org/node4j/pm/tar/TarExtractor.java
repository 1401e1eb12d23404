package org.node4j.pm.tar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.node4j.pm.PmException;

/**
 * Unpacks a package tarball (.tgz) like pacote: the first path component ("package/") is
 * stripped, only files and directories are created (links are skipped, as npm does), modes
 * become 0644/0755 keeping the executable bits. Unlike a plain tar, no entry may leave the
 * destination: "..", absolute names and links aiming outside abort the extraction (EBADTAR).
 */
public final class TarExtractor {
  private TarExtractor() {}

  /** Returns the number of files written. */
  public static int extract(byte[] tgz, Path dest) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz), 65536)) {
      return extract(in, dest.toAbsolutePath().normalize());
    } catch (java.util.zip.ZipException e) {
      throw new PmException("EBADTAR", "tarball is not valid gzip data: " + e.getMessage());
    } catch (IOException e) {
      throw new PmException("EBADTAR", "could not unpack tarball into " + dest + ": " + e.getMessage());
    }
  }

  static int extract(InputStream in, Path dest) throws IOException {
    Files.createDirectories(dest);
    TarReader r = new TarReader(in);
    Set<Path> sawNpmIgnore = new HashSet<>();
    int files = 0;
    TarReader.Entry e;
    while ((e = r.next()) != null) {
      String rel = safeRelative(e.name());
      if (e.type() == '2' || e.type() == '1') {
        checkLink(e, rel, dest);
        continue;
      }
      if (rel == null) continue;
      Path target = dest.resolve(rel).normalize();
      if (!target.startsWith(dest) || target.equals(dest)) {
        throw new PmException("EBADTAR", "tarball entry escapes the package directory: " + e.name());
      }
      if (e.type() == '5') {
        mkdirs(target, dest);
        continue;
      }
      if (e.type() != '0' && e.type() != 0 && e.type() != '7') continue; // fifos, devices: ignored
      String base = target.getFileName().toString();
      if (base.equals(".npmignore")) sawNpmIgnore.add(target);
      if (base.equals(".gitignore")) {
        // npm renames .gitignore to .npmignore (npm pack would have treated it as one).
        Path ni = target.resolveSibling(".npmignore");
        if (sawNpmIgnore.contains(ni)) continue;
        target = ni;
      }
      mkdirs(target.getParent(), dest);
      // Unlink first: the target may be a hard link into the previous install (reused folders).
      Files.deleteIfExists(target);
      try (OutputStream out = Files.newOutputStream(target)) {
        r.copyData(out);
      }
      if ((e.mode() & 0111) != 0) {
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(target, perms);
      }
      files++;
    }
    return files;
  }

  /** Creates dirs, refusing to walk through any pre-existing symlink. */
  private static void mkdirs(Path dir, Path dest) throws IOException {
    if (dir.equals(dest) || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.isSymbolicLink(dir)) {
      throw new PmException("EBADTAR", "refusing to extract through a symbolic link: " + dir);
    }
    mkdirs(dir.getParent(), dest);
    Files.createDirectory(dir);
  }

  /**
   * The entry's path below the package root, or null for the root itself. Like pacote the
   * first component is dropped whatever its name; ".." and absolute names are rejected.
   */
  static String safeRelative(String name) {
    if (name.startsWith("/") || name.matches("^[A-Za-z]:[/\\\\].*") || name.startsWith("\\")) {
      throw new PmException("EBADTAR", "tarball entry has an absolute path: " + name);
    }
    String[] parts = name.replace('\\', '/').split("/");
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String p : parts) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) throw new PmException("EBADTAR", "tarball entry escapes the package directory: " + name);
      if (first) { first = false; continue; }
      if (!b.isEmpty()) b.append('/');
      b.append(p);
    }
    return b.isEmpty() ? null : b.toString();
  }

  /** Links are never created, but one that points outside marks a hostile tarball. */
  private static void checkLink(TarReader.Entry e, String rel, Path dest) {
    String link = e.linkName();
    if (link.startsWith("/")) {
      throw new PmException("EBADTAR", "tarball link points outside the package: " + e.name() + " -> " + link);
    }
    Path resolved;
    if (e.type() == '1') {
      String target = safeRelativeOrNull(link);
      resolved = target == null ? dest : dest.resolve(target).normalize();
    } else {
      Path at = rel == null ? dest : dest.resolve(rel).normalize();
      resolved = at.getParent() == null ? dest : at.getParent().resolve(link).normalize();
    }
    if (!resolved.startsWith(dest)) {
      throw new PmException("EBADTAR", "tarball link points outside the package: " + e.name() + " -> " + link);
    }
  }

  private static String safeRelativeOrNull(String name) {
    try {
      return safeRelative(name);
    } catch (PmException ex) {
      return "../escape";
    }
  }

  /** The regular files of a tarball whose path (below the package root) passes the filter. */
  public static java.util.Map<String, byte[]> readMatching(byte[] tgz, java.util.function.Predicate<String> filter) {
    java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz), 65536)) {
      TarReader r = new TarReader(in);
      TarReader.Entry e;
      while ((e = r.next()) != null) {
        if (e.type() != '0' && e.type() != 0) continue;
        String rel = safeRelative(e.name());
        if (rel != null && filter.test(rel)) {
          java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
          r.copyData(b);
          out.put(rel, b.toByteArray());
        }
      }
      return out;
    } catch (IOException e) {
      throw new PmException("EBADTAR", "could not read tarball: " + e.getMessage());
    }
  }

  /** One file's bytes from a package tarball (path below the package root), or null. */
  public static byte[] readFile(byte[] tgz, String path) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz), 65536)) {
      TarReader r = new TarReader(in);
      TarReader.Entry e;
      while ((e = r.next()) != null) {
        if ((e.type() == '0' || e.type() == 0) && path.equals(safeRelative(e.name()))) {
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          r.copyData(out);
          return out.toByteArray();
        }
      }
      return null;
    } catch (IOException e) {
      throw new PmException("EBADTAR", "could not read tarball: " + e.getMessage());
    }
  }

  static String utf8(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) end++;
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }
}
