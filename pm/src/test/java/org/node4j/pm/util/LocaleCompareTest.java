package org.node4j.pm.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocaleCompareTest {
  /** Expected order recorded from Node: names.sort((a, b) => a.localeCompare(b, 'en')). */
  static final List<String> NODE_ORDER = List.of("", "_a", "-a", ".a", "@a/b", "@b/a", "~a", "$a", "1", "a", "A",
      "a_b", "a-1", "a-b", "a!b", "a.b", "a@b", "a/b", "a+b", "a~b", "a0", "a1", "aa", "aA", "Aa", "ab", "b", "B",
      "bin", "cpu", "dev", "devOptional", "engines", "Integrity", "license", "node_modules/@babel/core",
      "node_modules/a_b", "node_modules/a-b", "node_modules/a-b/node_modules/c", "node_modules/a/node_modules/b",
      "node_modules/ab", "node_modules/abc", "os", "resolved", "version", "z", "Z");

  @Test
  void sortsLikeNodeLocaleCompare() {
    List<String> shuffled = new ArrayList<>(NODE_ORDER);
    Collections.shuffle(shuffled, new java.util.Random(42));
    shuffled.sort(LocaleCompare.EN);
    assertEquals(NODE_ORDER, shuffled);
  }
}
