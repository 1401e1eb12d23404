package org.node4j.runtime;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Converts values between JS and plain Java for the embedding API, so no {@link Value} (which
 * only its runtime's JS thread may touch) escapes to other threads. JS→Java: null/undefined →
 * null, booleans, numbers (Integer when integral and in range, else Long or Double), BigInt →
 * BigInteger, strings, Buffer/typed arrays/ArrayBuffer → byte[] (copied), Date → Instant,
 * arrays → List, functions → a {@link JsFunctionHandle}, other objects → Map of their own
 * enumerable string keys. Java→JS is the reverse (List and Map become real JS arrays and
 * objects, byte[] a Buffer viewing the same array: no copy).
 */
public final class JavaValues {
  private final Context context;
  private Value helpers;
  private FunctionWrapper functions = v -> (JsFunctionHandle) () -> v;

  public JavaValues(Context context) {
    this.context = context;
  }

  /** A JS function captured for later calls from Java; turned into a public type by the API. */
  public interface JsFunctionHandle {
    Value function();
  }

  public interface FunctionWrapper {
    Object wrap(Value function);
  }

  /** What JS functions become in Java (the embedding API wraps them in its JsFunction). */
  public void setFunctionWrapper(FunctionWrapper functions) {
    this.functions = functions;
  }

  public Object toJava(Value v) {
    if (v == null || v.isNull()) return null;
    if (v.isBoolean()) return v.asBoolean();
    if (v.isString()) return v.asString();
    if (v.isNumber()) {
      if (v.fitsInInt()) return v.asInt();
      if (v.fitsInLong()) return v.asLong();
      if (v.fitsInDouble()) return v.asDouble();
      return v.as(BigInteger.class);
    }
    if (v.hasBufferElements()) {
      byte[] bytes = new byte[(int) v.getBufferSize()];
      v.readBuffer(0, bytes, 0, bytes.length);
      return bytes;
    }
    if (v.isInstant()) return v.asInstant();
    if (v.canExecute()) return functions.wrap(v);
    if (v.isHostObject()) return v.asHostObject();
    if (isTypedArray(v)) return typedArrayBytes(v);
    if (v.hasArrayElements()) {
      List<Object> list = new ArrayList<>((int) v.getArraySize());
      for (long i = 0; i < v.getArraySize(); i++) list.add(toJava(v.getArrayElement(i)));
      return list;
    }
    if (v.hasMembers()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (String key : v.getMemberKeys()) map.put(key, toJava(v.getMember(key)));
      return map;
    }
    return v.toString();
  }

  /** Typed arrays: their bytes, not their elements, are what Java wants. */
  private static boolean isTypedArray(Value v) {
    return v.hasMember("buffer") && v.hasMember("byteOffset") && v.hasMember("BYTES_PER_ELEMENT");
  }

  private static byte[] typedArrayBytes(Value v) {
    Value buffer = v.getMember("buffer");
    int offset = v.getMember("byteOffset").asInt();
    byte[] bytes = new byte[v.getMember("byteLength").asInt()];
    buffer.readBuffer(offset, bytes, 0, bytes.length);
    return bytes;
  }

  /** Java → JS on the runtime's thread. */
  public Object toJs(Object o) {
    if (o == null || o instanceof String || o instanceof Boolean || o instanceof Integer
        || o instanceof Long || o instanceof Double || o instanceof Value) {
      return o;
    }
    if (o instanceof Number n) {
      return o instanceof BigInteger b ? helpers().getMember("bigint").execute(b.toString()) : n.doubleValue();
    }
    if (o instanceof Character c) return c.toString();
    if (o instanceof JsFunctionHandle f) return f.function();
    if (o instanceof byte[] bytes) {
      // the Buffer is a view of the Java array itself: no copy, writes show on both sides
      return helpers().getMember("buffer").execute(ByteBuffer.wrap(bytes));
    }
    if (o instanceof Instant t) return helpers().getMember("date").execute(t.toEpochMilli());
    if (o instanceof List<?> list) {
      Value array = helpers().getMember("array").execute();
      for (int i = 0; i < list.size(); i++) array.setArrayElement(i, toJs(list.get(i)));
      return array;
    }
    if (o instanceof Map<?, ?> map) {
      Value object = helpers().getMember("object").execute();
      for (Map.Entry<?, ?> e : map.entrySet()) object.putMember(String.valueOf(e.getKey()), toJs(e.getValue()));
      return object;
    }
    throw new IllegalArgumentException("node4j: cannot pass a " + o.getClass().getName() + " to JavaScript"
        + " (only null, strings, numbers, booleans, byte[], Instant, List, Map and JS functions)");
  }

  private Value helpers() {
    if (helpers == null) {
      helpers = context.eval("js", """
          ({
            buffer: (b) => process.getBuiltinModule('buffer').Buffer.from(new ArrayBuffer(b)),
            date: (ms) => new Date(ms),
            bigint: (s) => BigInt(s),
            array: () => [],
            object: () => ({}),
          })""");
    }
    return helpers;
  }
}
