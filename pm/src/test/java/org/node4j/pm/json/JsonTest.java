package org.node4j.pm.json;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void roundTripKeepsKeyOrderAndNpmFormatting() {
    String text = "{\n  \"name\": \"x\",\n  \"a\": [\n    1,\n    \"two\",\n    null\n  ],\n  \"e\": {},\n  \"f\": []\n}";
    assertEquals(text, Json.stringify(Json.parse(text)));
  }

  @Test
  void escapesAndUnicode() {
    Object v = Json.parse("\"a\\n\\u00e9\\\"\"");
    assertEquals("a\né\"", v);
    assertEquals("\"a\\né\\\"\"", Json.stringifyCompact(v));
  }

  @Test
  void numbers() {
    Map<String, Object> m = Json.parseObject("{\"i\": 3, \"f\": 1.5, \"n\": -2e3}");
    assertEquals(3L, m.get("i"));
    assertEquals(1.5, m.get("f"));
    assertEquals("{\"i\":3,\"f\":1.5,\"n\":-2000}", Json.stringifyCompact(m));
  }

  @Test
  void syntaxErrorsThrow() {
    assertThrows(JsonException.class, () -> Json.parse("{\"a\": }"));
    assertThrows(JsonException.class, () -> Json.parse("[1, 2"));
    assertThrows(JsonException.class, () -> Json.parse("{} x"));
  }

  @Test
  void bomIsIgnored() {
    assertEquals(List.of(1L), Json.parse("\uFEFF[1]"));
  }
}
