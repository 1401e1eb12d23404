package org.node4j.pm.json;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object whose values stay unparsed text until read (see {@link Json#parsePackument}).
 * Keys, order and size are known up front; a value is parsed once, on first access. Thread-safe
 * for readers, since packuments are shared by the resolver's parallel lookups.
 */
public final class LazyObject extends AbstractMap<String, Object> {
  private final String src;
  private final LinkedHashMap<String, int[]> spans;
  private final Map<String, Object> parsed = new HashMap<>();
  private Set<Map.Entry<String, Object>> entries;

  LazyObject(String src, LinkedHashMap<String, int[]> spans) {
    this.src = src;
    this.spans = spans;
  }

  @Override
  public synchronized Object get(Object key) {
    if (parsed.containsKey(key)) return parsed.get(key);
    int[] span = spans.get(key);
    if (span == null) return null;
    Object v = Json.parseSpan(src, span[0], span[1]);
    parsed.put((String) key, v);
    return v;
  }

  @Override
  public boolean containsKey(Object key) { return spans.containsKey(key); }

  @Override
  public Set<String> keySet() { return java.util.Collections.unmodifiableSet(spans.keySet()); }

  @Override
  public int size() { return spans.size(); }

  /** Iterating entries parses everything (rare: only whole-document consumers do it). */
  @Override
  public synchronized Set<Map.Entry<String, Object>> entrySet() {
    if (entries == null) {
      LinkedHashMap<String, Object> all = new LinkedHashMap<>();
      for (String k : spans.keySet()) all.put(k, get(k));
      entries = java.util.Collections.unmodifiableMap(all).entrySet();
    }
    return entries;
  }
}
