package org.node4j.pm.cache;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.PmException;

class IntegrityAndCacheTest {
  @TempDir Path tmp;
  static final byte[] DATA = "hello world".getBytes(StandardCharsets.UTF_8);

  @Test
  void sha512OfKnownInput() {
    // echo -n "hello world" | openssl dgst -sha512 -binary | base64
    assertEquals("sha512-MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==",
        Integrity.of("sha512", DATA).toString());
  }

  @Test
  void matchesUsesStrongestAlgorithm() {
    String good512 = Integrity.of("sha512", DATA).toString();
    String bad1 = Integrity.of("sha1", "other".getBytes(StandardCharsets.UTF_8)).toString();
    // a wrong sha1 beside a right sha512: the sha512 decides
    assertTrue(Integrity.parse(bad1 + " " + good512).matches(DATA));
    // a right sha1 beside a wrong sha512 must fail
    String bad512 = Integrity.of("sha512", "other".getBytes(StandardCharsets.UTF_8)).toString();
    String good1 = Integrity.of("sha1", DATA).toString();
    assertFalse(Integrity.parse(good1 + " " + bad512).matches(DATA));
  }

  @Test
  void hexShasumIsAccepted() {
    assertTrue(Integrity.fromHexSha1("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed").matches(DATA));
  }

  @Test
  void checkThrowsEintegrityWithWantedAndGot() {
    Integrity want = Integrity.of("sha512", "x".getBytes(StandardCharsets.UTF_8));
    PmException e = assertThrows(PmException.class, () -> want.check(DATA, "pkg@1.0.0"));
    assertEquals("EINTEGRITY", e.code);
    assertTrue(e.getMessage().contains("pkg@1.0.0"));
    assertTrue(e.getMessage().contains(Integrity.of("sha512", DATA).toString()));
  }

  @Test
  void unknownAlgorithmsAreIgnored() {
    assertTrue(Integrity.parse("md5-abc").isEmpty());
    assertFalse(Integrity.parse("md5-abc").matches(DATA));
  }

  @Test
  void cacheRoundTripAndCorruptionIsAMiss() throws Exception {
    ContentCache c = new ContentCache(tmp);
    Integrity i = c.put(DATA, null);
    assertArrayEquals(DATA, c.get(i));
    Path blob;
    try (Stream<Path> s = Files.walk(tmp.resolve("content-v2"))) {
      blob = s.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    Files.writeString(blob, "tampered");
    assertNull(c.get(i), "corrupted content must not be returned");
    assertFalse(Files.exists(blob), "corrupted content is removed");
  }

  @Test
  void verifyRemovesCorruptedBlobs() throws Exception {
    ContentCache c = new ContentCache(tmp);
    c.put(DATA, null);
    Integrity other = c.put("second".getBytes(StandardCharsets.UTF_8), null);
    try (Stream<Path> s = Files.walk(tmp.resolve("content-v2"))) {
      Path any = s.filter(Files::isRegularFile).findFirst().orElseThrow();
      Files.writeString(any, "bad");
    }
    ContentCache.VerifyResult r = c.verify();
    assertEquals(1, r.verified());
    assertEquals(1, r.removed());
    assertNotNull(other);
  }

  @Test
  void sha1KeyedLookupWorksAfterPut() {
    ContentCache c = new ContentCache(tmp);
    Integrity sha1 = Integrity.of("sha1", DATA);
    c.put(DATA, sha1);
    assertArrayEquals(DATA, c.get(sha1));
  }
}
