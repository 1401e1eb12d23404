package org.node4j.pm.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON reader/writer. Objects become insertion-ordered {@link LinkedHashMap}s so that
 * package.json and package-lock.json round-trip with their key order intact, and
 * {@link #stringify} reproduces {@code JSON.stringify(v, null, 2)} byte for byte (npm's format).
 */
public final class Json {
  private final String s;
  private int i;

  private Json(String s) { this.s = s; }

  /** Parses a JSON text; a leading BOM is ignored like npm's json-parse-even-better-errors. */
  public static Object parse(String text) {
    Json p = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != p.s.length()) throw p.err("Unexpected token");
    return v;
  }

  /**
   * Parses a registry document whose {@code versions} object can hold thousands of manifests, of
   * which an install reads one or two: the versions are only located (their text is skipped
   * over), and each is parsed when first read through {@link LazyObject#get}.
   */
  public static Map<String, Object> parsePackument(String text) {
    Json p = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text);
    p.ws();
    if (p.peek() != '{') throw p.err("Expected a JSON object");
    Map<String, Object> m = new LinkedHashMap<>();
    p.i++;
    p.ws();
    if (p.peek() == '}') {
      p.i++;
    } else {
      while (true) {
        p.ws();
        if (p.peek() != '"') throw p.err("Expected string key");
        String k = p.string();
        p.ws();
        if (p.peek() != ':') throw p.err("Expected ':'");
        p.i++;
        p.ws();
        m.put(k, k.equals("versions") && p.peek() == '{' ? p.lazyObject() : p.value());
        p.ws();
        char c = p.peek();
        p.i++;
        if (c == '}') break;
        if (c != ',') throw p.err("Expected ',' or '}'");
      }
    }
    p.ws();
    if (p.i != p.s.length()) throw p.err("Unexpected token");
    return m;
  }

  private LazyObject lazyObject() {
    LinkedHashMap<String, int[]> spans = new LinkedHashMap<>();
    i++;
    ws();
    if (peek() == '}') { i++; return new LazyObject(s, spans); }
    while (true) {
      ws();
      if (peek() != '"') throw err("Expected string key");
      String k = string();
      ws();
      if (peek() != ':') throw err("Expected ':'");
      i++;
      ws();
      int start = i;
      skipValue();
      spans.put(k, new int[] {start, i});
      ws();
      char c = peek();
      i++;
      if (c == '}') return new LazyObject(s, spans);
      if (c != ',') throw err("Expected ',' or '}'");
    }
  }

  /** Moves past one value without building it (brackets balanced, strings honoured). */
  private void skipValue() {
    int depth = 0, n = s.length();
    do {
      if (i >= n) throw err("Unexpected end of JSON input");
      char c = s.charAt(i++);
      if (c == '"') {
        while (true) {
          if (i >= n) throw err("Unterminated string");
          char d = s.charAt(i++);
          if (d == '\\') i++;
          else if (d == '"') break;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (depth == 0) {
        // a scalar at the top: runs until a delimiter
        while (i < n && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) i++;
      }
    } while (depth > 0);
  }

  /** Parses one span of a {@link LazyObject}'s source. */
  static Object parseSpan(String src, int start, int end) {
    Json p = new Json(src);
    p.i = start;
    Object v = p.value();
    if (p.i != end) throw p.err("Unexpected token");
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) throw new JsonException("Expected a JSON object");
    return (Map<String, Object>) v;
  }

  private JsonException err(String msg) {
    return new JsonException(msg + " at position " + i);
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') i++;
      else break;
    }
  }

  private Object value() {
    if (i >= s.length()) throw err("Unexpected end of JSON input");
    char c = s.charAt(i);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw err("Unexpected token " + c);
    }
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, i)) throw err("Unexpected token");
    i += word.length();
    return v;
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    ws();
    if (peek() == '}') { i++; return m; }
    while (true) {
      ws();
      if (peek() != '"') throw err("Expected string key");
      String k = string();
      ws();
      if (peek() != ':') throw err("Expected ':'");
      i++;
      ws();
      m.put(k, value());
      ws();
      char c = peek();
      i++;
      if (c == '}') return m;
      if (c != ',') throw err("Expected ',' or '}'");
    }
  }

  private List<Object> array() {
    List<Object> a = new ArrayList<>();
    i++;
    ws();
    if (peek() == ']') { i++; return a; }
    while (true) {
      ws();
      a.add(value());
      ws();
      char c = peek();
      i++;
      if (c == ']') return a;
      if (c != ',') throw err("Expected ',' or ']'");
    }
  }

  private char peek() {
    if (i >= s.length()) throw err("Unexpected end of JSON input");
    return s.charAt(i);
  }

  private String string() {
    i++;
    // Fast path: most strings have no escapes and are one substring.
    int start = i, n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"') return s.substring(start, i++);
      if (c == '\\' || c < 0x20) break;
      i++;
    }
    StringBuilder b = new StringBuilder().append(s, start, i);
    while (true) {
      char c = peek();
      i++;
      if (c == '"') return b.toString();
      if (c == '\\') {
        char e = peek();
        i++;
        switch (e) {
          case '"': b.append('"'); break;
          case '\\': b.append('\\'); break;
          case '/': b.append('/'); break;
          case 'b': b.append('\b'); break;
          case 'f': b.append('\f'); break;
          case 'n': b.append('\n'); break;
          case 'r': b.append('\r'); break;
          case 't': b.append('\t'); break;
          case 'u':
            if (i + 4 > s.length()) throw err("Bad unicode escape");
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
            break;
          default: throw err("Bad escape");
        }
      } else if (c < 0x20) {
        throw err("Bad control character in string literal");
      } else {
        b.append(c);
      }
    }
  }

  private Object number() {
    int start = i;
    if (peek() == '-') i++;
    while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) i++;
    String n = s.substring(start, i);
    try {
      if (n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0) {
        long l = Long.parseLong(n);
        return l;
      }
      return new BigDecimal(n).doubleValue();
    } catch (NumberFormatException ex) {
      throw err("Bad number " + n);
    }
  }

  /** {@code JSON.stringify(v, null, 2)}: what npm writes to package.json and the lockfile. */
  public static String stringify(Object v) {
    StringBuilder b = new StringBuilder();
    write(b, v, "", "  ");
    return b.toString();
  }

  /** Compact form, {@code JSON.stringify(v)}. */
  public static String stringifyCompact(Object v) {
    StringBuilder b = new StringBuilder();
    write(b, v, "", null);
    return b.toString();
  }

  private static void write(StringBuilder b, Object v, String ind, String step) {
    if (v == null) { b.append("null"); return; }
    if (v instanceof String str) { quote(b, str); return; }
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer) { b.append(v); return; }
    if (v instanceof Number num) {
      double d = num.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) b.append((long) d);
      else b.append(d);
      return;
    }
    String inner = step == null ? "" : ind + step;
    String nl = step == null ? "" : "\n";
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) { b.append("{}"); return; }
      b.append('{').append(nl);
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) b.append(',').append(nl);
        first = false;
        b.append(inner);
        quote(b, String.valueOf(e.getKey()));
        b.append(step == null ? ":" : ": ");
        write(b, e.getValue(), inner, step);
      }
      b.append(nl).append(step == null ? "" : ind).append('}');
      return;
    }
    if (v instanceof List<?> l) {
      if (l.isEmpty()) { b.append("[]"); return; }
      b.append('[').append(nl);
      for (int k = 0; k < l.size(); k++) {
        if (k > 0) b.append(',').append(nl);
        b.append(inner);
        write(b, l.get(k), inner, step);
      }
      b.append(nl).append(step == null ? "" : ind).append(']');
      return;
    }
    throw new JsonException("Cannot serialize " + v.getClass());
  }

  private static void quote(StringBuilder b, String str) {
    b.append('"');
    for (int k = 0; k < str.length(); k++) {
      char c = str.charAt(k);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        case '\b': b.append("\\b"); break;
        case '\f': b.append("\\f"); break;
        default:
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    b.append('"');
  }

  /** Typed accessors that tolerate malformed manifests (npm ignores wrong-typed fields). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> obj(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : null;
  }

  public static Map<String, String> strMap(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() instanceof String v) out.put(String.valueOf(e.getKey()), v);
      }
    }
    return out;
  }

  public static String str(Object o) {
    return o instanceof String s ? s : null;
  }
}
