package org.node4j.pm.tar;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.PmException;

class TarExtractorTest {
  @TempDir Path tmp;

  private Path dest() { return tmp.resolve("pkg"); }

  @Test
  void stripsFirstComponentAndKeepsExecBits() throws Exception {
    byte[] tgz = new TarWriter().file("package/package.json", "{}")
        .file("package/bin/cli.js", "#!/usr/bin/env node\n".getBytes(StandardCharsets.UTF_8), 0755)
        .file("package/lib/a.js", "x").toTgz();
    assertEquals(3, TarExtractor.extract(tgz, dest()));
    assertEquals("{}", Files.readString(dest().resolve("package.json")));
    assertTrue(Files.getPosixFilePermissions(dest().resolve("bin/cli.js")).contains(PosixFilePermission.OWNER_EXECUTE));
    assertFalse(Files.getPosixFilePermissions(dest().resolve("lib/a.js")).contains(PosixFilePermission.OWNER_EXECUTE));
  }

  @Test
  void firstComponentMayHaveAnyName() throws Exception {
    TarExtractor.extract(new TarWriter().file("node-v1/index.js", "1").toTgz(), dest());
    assertEquals("1", Files.readString(dest().resolve("index.js")));
  }

  @Test
  void longNamesThroughPaxHeaders() throws Exception {
    String deep = "package/" + "d".repeat(60) + "/" + "e".repeat(60) + "/file.js";
    TarExtractor.extract(new TarWriter().file(deep, "deep").toTgz(), dest());
    assertEquals("deep", Files.readString(dest().resolve("d".repeat(60) + "/" + "e".repeat(60) + "/file.js")));
  }

  @Test
  void dotDotEntryIsRejectedAndNothingEscapes() {
    byte[] tgz = new TarWriter().file("package/../../evil.js", "pwned").toTgz();
    PmException e = assertThrows(PmException.class, () -> TarExtractor.extract(tgz, dest()));
    assertEquals("EBADTAR", e.code);
    assertFalse(Files.exists(tmp.resolve("evil.js")));
    assertFalse(Files.exists(tmp.getParent().resolve("evil.js")));
  }

  @Test
  void absolutePathIsRejected() {
    byte[] tgz = new TarWriter().file("/tmp/evil-abs.js", "pwned").toTgz();
    assertEquals("EBADTAR", assertThrows(PmException.class, () -> TarExtractor.extract(tgz, dest())).code);
  }

  @Test
  void symlinkPointingOutsideIsRejected() {
    byte[] tgz = new TarWriter().symlink("package/link", "../../../etc").file("package/link/passwd", "x").toTgz();
    PmException e = assertThrows(PmException.class, () -> TarExtractor.extract(tgz, dest()));
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
  }

  @Test
  void absoluteSymlinkIsRejected() {
    byte[] tgz = new TarWriter().symlink("package/link", "/etc/passwd").toTgz();
    assertEquals("EBADTAR", assertThrows(PmException.class, () -> TarExtractor.extract(tgz, dest())).code);
  }

  @Test
  void hardlinkPointingOutsideIsRejected() {
    byte[] tgz = new TarWriter().hardlink("package/h", "../outside").toTgz();
    assertEquals("EBADTAR", assertThrows(PmException.class, () -> TarExtractor.extract(tgz, dest())).code);
  }

  @Test
  void innerLinksAreSkippedLikeNpm() throws Exception {
    byte[] tgz = new TarWriter().file("package/a.js", "a").symlink("package/b.js", "a.js").toTgz();
    TarExtractor.extract(tgz, dest());
    assertTrue(Files.exists(dest().resolve("a.js")));
    assertFalse(Files.exists(dest().resolve("b.js"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void corruptHeaderChecksumFails() throws Exception {
    java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
    byte[] header = new byte[512];
    System.arraycopy("package/x".getBytes(StandardCharsets.UTF_8), 0, header, 0, 9);
    System.arraycopy("0000777".getBytes(StandardCharsets.UTF_8), 0, header, 148, 7);
    raw.write(header);
    raw.write(new byte[1024]);
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(raw.toByteArray());
    }
    assertEquals("EBADTAR", assertThrows(PmException.class, () -> TarExtractor.extract(gz.toByteArray(), dest())).code);
  }

  @Test
  void notGzipFails() {
    assertEquals("EBADTAR", assertThrows(PmException.class,
        () -> TarExtractor.extract("hello".getBytes(StandardCharsets.UTF_8), dest())).code);
  }

  @Test
  void gitignoreBecomesNpmignore() throws Exception {
    TarExtractor.extract(new TarWriter().file("package/.gitignore", "x").toTgz(), dest());
    assertTrue(Files.exists(dest().resolve(".npmignore")));
    assertFalse(Files.exists(dest().resolve(".gitignore")));
  }

  @Test
  void readFileFindsPackageJson() {
    byte[] tgz = new TarWriter().file("package/a.js", "a").file("package/package.json", "{\"name\":\"x\"}").toTgz();
    assertEquals("{\"name\":\"x\"}", new String(TarExtractor.readFile(tgz, "package.json"), StandardCharsets.UTF_8));
    assertNull(TarExtractor.readFile(tgz, "missing.json"));
  }
}
