package org.node4j.pm.tar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.node4j.pm.PmException;

/**
 * A small streaming tar reader: ustar headers (with the prefix field), PAX extended headers
 * (path, linkpath, size) and GNU long names. Header checksums are verified so a truncated or
 * corrupt archive fails loudly instead of producing garbage files.
 */
final class TarReader {
  record Entry(String name, char type, long size, int mode, String linkName) {}

  private final InputStream in;
  private final byte[] block = new byte[512];
  private long remaining;
  private long padding;

  TarReader(InputStream in) { this.in = in; }

  /** The next entry, or null at the end of the archive. */
  Entry next() throws IOException {
    skip(remaining + padding);
    remaining = padding = 0;
    String paxPath = null, paxLink = null, longName = null, longLink = null;
    Long paxSize = null;
    while (true) {
      if (!readBlock()) return null;
      if (isZero(block)) return null;
      verifyChecksum();
      char type = (char) (block[156] & 0xff);
      long size = octal(124, 12);
      if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
        byte[] data = readData(size);
        if (type == 'x') {
          for (String[] kv : pax(data)) {
            switch (kv[0]) {
              case "path" -> paxPath = kv[1];
              case "linkpath" -> paxLink = kv[1];
              case "size" -> paxSize = Long.parseLong(kv[1].strip());
              default -> { }
            }
          }
        } else if (type == 'L') {
          longName = TarExtractor.utf8(data, 0, data.length);
        } else if (type == 'K') {
          longLink = TarExtractor.utf8(data, 0, data.length);
        }
        continue;
      }
      String name = TarExtractor.utf8(block, 0, 100);
      String magic = TarExtractor.utf8(block, 257, 6);
      if (magic.startsWith("ustar")) {
        String prefix = TarExtractor.utf8(block, 345, 155);
        if (!prefix.isEmpty()) name = prefix + "/" + name;
      }
      if (longName != null) name = longName;
      if (paxPath != null) name = paxPath;
      String link = TarExtractor.utf8(block, 157, 100);
      if (longLink != null) link = longLink;
      if (paxLink != null) link = paxLink;
      if (paxSize != null) size = paxSize;
      int mode = (int) octal(100, 8);
      // Data of entries the caller does not copy is skipped by the next call.
      remaining = size;
      padding = (512 - size % 512) % 512;
      return new Entry(name, type, size, mode, link);
    }
  }

  void copyData(OutputStream out) throws IOException {
    byte[] buf = new byte[65536];
    while (remaining > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
      if (n < 0) throw new PmException("EBADTAR", "unexpected end of tarball data");
      out.write(buf, 0, n);
      remaining -= n;
    }
  }

  private byte[] readData(long size) throws IOException {
    if (size > 16 * 1024 * 1024) throw new PmException("EBADTAR", "tar extended header too large");
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) throw new PmException("EBADTAR", "unexpected end of tarball data");
    skip((512 - size % 512) % 512);
    return data;
  }

  private static java.util.List<String[]> pax(byte[] data) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < data.length) {
      int sp = i;
      while (sp < data.length && data[sp] != ' ') sp++;
      if (sp >= data.length) break;
      int len;
      try {
        len = Integer.parseInt(new String(data, i, sp - i, StandardCharsets.US_ASCII));
      } catch (NumberFormatException e) {
        throw new PmException("EBADTAR", "malformed pax header");
      }
      if (len <= 0 || i + len > data.length) throw new PmException("EBADTAR", "malformed pax header");
      String rec = new String(data, sp + 1, i + len - sp - 2, StandardCharsets.UTF_8);
      int eq = rec.indexOf('=');
      if (eq > 0) out.add(new String[] {rec.substring(0, eq), rec.substring(eq + 1)});
      i += len;
    }
    return out;
  }

  private boolean readBlock() throws IOException {
    int n = in.readNBytes(block, 0, 512);
    if (n == 0) return false;
    if (n < 512) throw new PmException("EBADTAR", "truncated tar header");
    return true;
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      long s = in.skip(n);
      if (s <= 0) {
        if (in.read() < 0) throw new PmException("EBADTAR", "unexpected end of tarball data");
        s = 1;
      }
      n -= s;
    }
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) if (x != 0) return false;
    return true;
  }

  private void verifyChecksum() {
    long want = octal(148, 8);
    long sum = 0;
    for (int k = 0; k < 512; k++) sum += (k >= 148 && k < 156) ? 32 : (block[k] & 0xff);
    if (sum != want) throw new PmException("EBADTAR", "invalid tar header checksum");
  }

  /** Octal numeric field; GNU base-256 (high bit set) for huge sizes. */
  private long octal(int off, int len) {
    if ((block[off] & 0x80) != 0) {
      long v = block[off] & 0x7f;
      for (int k = 1; k < len; k++) v = (v << 8) | (block[off + k] & 0xff);
      return v;
    }
    long v = 0;
    for (int k = off; k < off + len; k++) {
      int c = block[k] & 0xff;
      if (c == 0 || c == ' ') {
        if (v > 0) break;
        continue;
      }
      if (c < '0' || c > '7') throw new PmException("EBADTAR", "invalid tar header field");
      v = v * 8 + (c - '0');
    }
    return v;
  }
}
