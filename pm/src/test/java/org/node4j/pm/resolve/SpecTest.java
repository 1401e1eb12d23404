package org.node4j.pm.resolve;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.node4j.pm.PmException;

class SpecTest {
  @ParameterizedTest(name = "{0}@{1} -> {2}")
  @CsvSource({
      "a, ^1.2.3, RANGE", "a, 1.2.3, VERSION", "a, '', RANGE", "a, *, RANGE", "a, latest, TAG", "a, next, TAG",
      "a, >=1 <2 || 3.x, RANGE", "a, file:../x, DIRECTORY", "a, file:../x.tgz, FILE", "a, ./local, DIRECTORY",
      "a, link:../y, LINK", "a, https://h.test/a.tgz, REMOTE", "a, git+https://h.test/r.git, GIT",
      "a, github:u/r, GIT", "a, user/repo, GIT", "a, npm:b@^2, RANGE"})
  void classifiesLikeNpmPackageArg(String name, String raw, String type) {
    assertEquals(Spec.Type.valueOf(type), Spec.parse(name, raw).type());
  }

  @Test
  void aliasKeepsFolderNameAndFetchesRealName() {
    Spec s = Spec.parse("my-alias", "npm:@scope/real@~1.2");
    assertEquals("my-alias", s.name());
    assertEquals("@scope/real", s.fetchName());
    assertEquals("~1.2", s.fetchSpec());
  }

  @Test
  void invalidTagIsRejected() {
    assertEquals("EINVALIDTAGNAME", assertThrows(PmException.class, () -> Spec.parse("a", "bad tag!")).code);
  }

  @Test
  void splitArg() {
    assertArrayEquals(new String[] {"@s/x", "^1"}, Spec.splitArg("@s/x@^1"));
    assertArrayEquals(new String[] {"x", ""}, Spec.splitArg("x"));
    assertArrayEquals(new String[] {"al", "npm:y@1"}, Spec.splitArg("al@npm:y@1"));
  }

  @Test
  void validNames() {
    assertTrue(Spec.validName("@scope/pkg.js"));
    assertFalse(Spec.validName(".hidden"));
    assertFalse(Spec.validName("has space"));
    assertFalse(Spec.validName("_under"));
  }
}
