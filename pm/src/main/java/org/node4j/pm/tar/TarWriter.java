package org.node4j.pm.tar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Writes .tgz archives the way npm pack lays them out (ustar, PAX header for long names, fixed
 * mtime so the same contents give the same bytes). Raw entry names and types are allowed so tests
 * can also build hostile archives.
 */
public final class TarWriter {
  private final ByteArrayOutputStream tar = new ByteArrayOutputStream();
  /** npm pack uses this fixed date (1985-10-26T08:15:00Z) for reproducible tarballs. */
  public static final long NPM_MTIME = 499162500L;

  public TarWriter file(String name, String content) {
    return entry(name, '0', 0644, content.getBytes(StandardCharsets.UTF_8), "");
  }

  public TarWriter file(String name, byte[] content, int mode) {
    return entry(name, '0', mode, content, "");
  }

  public TarWriter dir(String name) { return entry(name, '5', 0755, new byte[0], ""); }

  public TarWriter symlink(String name, String target) { return entry(name, '2', 0777, new byte[0], target); }

  public TarWriter hardlink(String name, String target) { return entry(name, '1', 0644, new byte[0], target); }

  public TarWriter entry(String name, char type, int mode, byte[] data, String link) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length > 100) {
      String rec = "path=" + name + "\n";
      int len = rec.getBytes(StandardCharsets.UTF_8).length + 3;
      while (String.valueOf(len).length() + 1 + rec.getBytes(StandardCharsets.UTF_8).length != len) len++;
      byte[] pax = (len + " " + rec).getBytes(StandardCharsets.UTF_8);
      header("PaxHeader/" + name.substring(Math.max(0, name.length() - 80)), 'x', 0644, pax.length, "");
      body(pax);
    }
    header(name, type, mode, data.length, link);
    body(data);
    return this;
  }

  private void header(String name, char type, int mode, long size, String link) {
    byte[] h = new byte[512];
    put(h, 0, 100, name);
    put(h, 100, 8, String.format("%07o", mode));
    put(h, 108, 8, "0000000");
    put(h, 116, 8, "0000000");
    put(h, 124, 12, String.format("%011o", size));
    put(h, 136, 12, String.format("%011o", NPM_MTIME));
    for (int k = 148; k < 156; k++) h[k] = ' ';
    h[156] = (byte) type;
    put(h, 157, 100, link);
    put(h, 257, 6, "ustar");
    put(h, 263, 2, "00");
    long sum = 0;
    for (byte b : h) sum += b & 0xff;
    put(h, 148, 8, String.format("%06o", sum) + "\0 ");
    tar.writeBytes(h);
  }

  private static void put(byte[] h, int off, int len, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, h, off, Math.min(len, b.length));
  }

  private void body(byte[] data) {
    tar.writeBytes(data);
    int pad = (512 - data.length % 512) % 512;
    tar.writeBytes(new byte[pad]);
  }

  /** The gzipped archive, with the two zero blocks that end a tar. */
  public byte[] toTgz() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(tar.toByteArray());
      gz.write(new byte[1024]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
