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

  @Test
  void packumentVersionsAreParsedOnDemandAndEqualAFullParse() {
    String text = "{\"name\":\"p\",\"dist-tags\":{\"latest\":\"2.0.0\"},\"versions\":{"
        + "\"1.0.0\":{\"name\":\"p\",\"x\":\"}\\\"]\",\"n\":[1,{\"a\":null}],\"t\":true},"
        + "\"2.0.0\":{\"name\":\"p\",\"d\":-1.5e2}},\"modified\":\"z\"}";
    Map<String, Object> lazy = Json.parsePackument(text);
    Map<String, Object> full = Json.parseObject(text);
    Map<String, Object> versions = Json.obj(lazy.get("versions"));
    assertInstanceOf(LazyObject.class, versions);
    assertEquals(List.of("1.0.0", "2.0.0"), List.copyOf(versions.keySet()));
    assertEquals(Json.obj(full.get("versions")).get("1.0.0"), versions.get("1.0.0"));
    assertSame(versions.get("2.0.0"), versions.get("2.0.0"), "parsed once");
    assertEquals(Json.stringify(full), Json.stringify(lazy));
    assertNull(versions.get("3.0.0"));
    assertEquals("z", lazy.get("modified"));
  }

  @Test
  void brokenVersionsAreStillSyntaxErrors() {
    assertThrows(JsonException.class, () -> Json.parsePackument("{\"versions\":{\"1.0.0\":{\"a\":\"x}}}"));
    assertThrows(JsonException.class, () -> Json.parsePackument("[1]"));
  }
}
