package org.node4j.binding;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;

import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.Symbol;
import com.oracle.truffle.js.runtime.builtins.JSArgumentsObject;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import com.oracle.truffle.js.runtime.builtins.JSArrayObject;
import com.oracle.truffle.js.runtime.builtins.JSBigIntObject;
import com.oracle.truffle.js.runtime.builtins.JSBooleanObject;
import com.oracle.truffle.js.runtime.builtins.JSDataViewObject;
import com.oracle.truffle.js.runtime.builtins.JSDateObject;
import com.oracle.truffle.js.runtime.builtins.JSMapObject;
import com.oracle.truffle.js.runtime.builtins.JSNumberObject;
import com.oracle.truffle.js.runtime.builtins.JSRegExpObject;
import com.oracle.truffle.js.runtime.builtins.JSSetObject;
import com.oracle.truffle.js.runtime.builtins.JSStringObject;
import com.oracle.truffle.js.runtime.builtins.JSSymbolObject;
import com.oracle.truffle.js.runtime.builtins.JSTypedArrayObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakRefObject;
import com.oracle.truffle.js.runtime.builtins.JSAsyncGeneratorObject;
import com.oracle.truffle.js.runtime.builtins.JSCollectionIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSErrorObject;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.builtins.JSGeneratorObject;
import com.oracle.truffle.js.runtime.builtins.JSMapIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSModuleNamespaceObject;
import com.oracle.truffle.js.runtime.builtins.JSPromiseObject;
import com.oracle.truffle.js.runtime.builtins.JSProxyObject;
import com.oracle.truffle.js.runtime.builtins.JSSetIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakMapObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakSetObject;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.JSProperty;
import com.oracle.truffle.js.runtime.objects.PropertyDescriptor;
import com.oracle.truffle.js.runtime.objects.Undefined;
import com.oracle.truffle.js.runtime.util.JSHashMap;

/**
 * {@code internalBinding('util')}: the engine facts that JavaScript cannot observe by itself and that
 * {@code util.inspect} needs (a promise's state and result, a proxy's target and handler, the entries
 * left in a Map/Set iterator, WeakMap/WeakSet contents, V8-style internal type checks).
 *
 * <p>GraalJS has no public API for these, so this class reads GraalJS's own objects: the guest object
 * behind a {@link Value} (the polyglot {@code receiver}) and the public getters of
 * {@code com.oracle.truffle.js.runtime.builtins.*}. Guest objects returned from here cross back into
 * JavaScript unchanged (same identity). This ties the class to the pinned GraalJS version and needs
 * the polyglot jars on the class path (or {@code --add-opens org.graalvm.polyglot/org.graalvm.polyglot}
 * and {@code --add-exports} of the GraalJS packages when they are on the module path). When that
 * access is missing every method degrades to "unknown" answers ({@link #isAvailable()} is false).
 *
 * <p>Method names and result shapes follow Node's {@code internalBinding('util')}.
 */
public final class UtilBinding {
    // Node's kPending / kFulfilled / kRejected (v8::Promise::PromiseState).
    public static final int K_PENDING = 0;
    public static final int K_FULFILLED = 1;
    public static final int K_REJECTED = 2;

    // Node's v8::PropertyFilter bits used by getOwnNonIndexProperties.
    public static final int ONLY_WRITABLE = 1;
    public static final int ONLY_ENUMERABLE = 2;
    public static final int ONLY_CONFIGURABLE = 4;
    public static final int SKIP_STRINGS = 8;
    public static final int SKIP_SYMBOLS = 16;

    private static final VarHandle RECEIVER;
    private static final boolean AVAILABLE;

    static {
        VarHandle receiver = null;
        boolean ok;
        try {
            Class<?> abstractValue = Class.forName("org.graalvm.polyglot.AbstractValue");
            receiver = MethodHandles.privateLookupIn(abstractValue, MethodHandles.lookup())
                    .findVarHandle(abstractValue, "receiver", Object.class);
            // Make sure the GraalJS classes link from here (module path setups may refuse it).
            ok = JSPromiseObject.class != null && JavaScriptLanguage.class != null;
        } catch (Throwable t) {
            ok = false;
        }
        RECEIVER = receiver;
        AVAILABLE = ok && receiver != null;
    }

    public UtilBinding() {
    }

    private static Object unwrap(Value v) {
        if (!AVAILABLE || v == null) {
            return null;
        }
        return RECEIVER.get(v);
    }

    // js.mle-mode (the ES module loader's resolve hook) hands async functions to Java wrapped
    // in an InteropAsyncFunction; the function itself is its 'function' field.
    private static final java.lang.reflect.Field ASYNC_WRAPPED = asyncWrappedField();

    private static java.lang.reflect.Field asyncWrappedField() {
        try {
            java.lang.reflect.Field f = Class.forName("com.oracle.truffle.js.runtime.interop.InteropAsyncFunction")
                .getDeclaredField("function");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object unwrapFunction(Value v) {
        Object o = unwrap(v);
        if (ASYNC_WRAPPED != null && ASYNC_WRAPPED.getDeclaringClass().isInstance(o)) {
            try {
                return ASYNC_WRAPPED.get(o);
            } catch (IllegalAccessException e) {
                return o;
            }
        }
        return o;
    }

    private static Object newArray(Object... elements) {
        JSRealm realm = JavaScriptLanguage.getCurrentJSRealm();
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                elements[i] = Undefined.instance;
            }
        }
        return JSArray.createConstant(realm.getContext(), realm, elements);
    }

    /** False when the engine internals could not be reached; answers are then "unknown". */
    @HostAccess.Export
    public boolean isAvailable() {
        return AVAILABLE;
    }

    /** {@code [state]} for a pending promise, {@code [state, result]} otherwise; undefined if not a promise. */
    @HostAccess.Export
    public Object getPromiseDetails(Value promise) {
        if (unwrap(promise) instanceof JSPromiseObject p) {
            int state = switch (p.getPromiseState()) {
                case 0 -> K_PENDING;
                case 1 -> K_FULFILLED;
                default -> K_REJECTED;
            };
            if (state == K_PENDING) {
                return newArray(state);
            }
            return newArray(state, p.getPromiseResult());
        }
        return Undefined.instance;
    }

    /**
     * For a proxy: {@code [target, handler]} (or just the target when {@code showProxy} is false);
     * {@code null}s for a revoked proxy; undefined when the value is not a proxy.
     */
    @HostAccess.Export
    public Object getProxyDetails(Value value, boolean showProxy) {
        if (unwrap(value) instanceof JSProxyObject p) {
            Object target = p.getProxyTarget();
            Object handler = p.getProxyHandler();
            if (handler == null || !(JSRuntime.isObject(target))) {
                target = com.oracle.truffle.js.runtime.objects.Null.instance;
                handler = com.oracle.truffle.js.runtime.objects.Null.instance;
            }
            return showProxy ? newArray(target, handler) : target;
        }
        return Undefined.instance;
    }

    @HostAccess.Export
    public Object getProxyDetails(Value value) {
        return getProxyDetails(value, true);
    }

    /**
     * Remaining entries of a Map/Set iterator without advancing it, or the contents of a
     * WeakMap/WeakSet/Map/Set. With {@code isIterator} the result is {@code [entries, isKeyValue]}
     * where key/value pairs are flattened; otherwise just the entries (flattened pairs for maps).
     */
    @HostAccess.Export
    public Object previewEntries(Value value, boolean isIterator) {
        Object o = unwrap(value);
        List<Object> out = new ArrayList<>();
        boolean keyValue = false;
        if (o instanceof JSCollectionIteratorObject it) {
            Object iterated = it.getIteratedObject();
            JSHashMap.Cursor next = it.getNextIndex();
            if (iterated != null && iterated != Undefined.instance && next != null) {
                int kind = it.getIterationKind();
                boolean isMap = it instanceof JSMapIteratorObject;
                keyValue = kind == JSRuntime.ITERATION_KIND_KEY_PLUS_VALUE;
                JSHashMap.Cursor c = next.copy();
                while (c.advance()) {
                    if (!isMap) {
                        // A Set stores its values as keys; its entries() yields [v, v].
                        out.add(c.getKey());
                        if (keyValue) {
                            out.add(c.getKey());
                        }
                    } else if (kind == JSRuntime.ITERATION_KIND_KEY) {
                        out.add(c.getKey());
                    } else if (kind == JSRuntime.ITERATION_KIND_VALUE) {
                        out.add(c.getValue());
                    } else {
                        out.add(c.getKey());
                        out.add(c.getValue());
                    }
                }
            }
        } else if (o instanceof JSWeakMapObject || o instanceof JSWeakSetObject) {
            // GraalJS keeps weak entries on the key objects (an inverted map): the contents of a
            // WeakMap/WeakSet cannot be enumerated. Callers print "<items unknown>".
            return Undefined.instance;
        } else if (o instanceof JSMapObject m) {
            keyValue = true;
            JSHashMap.Cursor c = m.getMap().getEntries();
            while (c.advance()) {
                out.add(c.getKey());
                out.add(c.getValue());
            }
        } else if (o instanceof JSSetObject s) {
            JSHashMap.Cursor c = s.getMap().getEntries();
            while (c.advance()) {
                out.add(c.getKey());
            }
        } else {
            return Undefined.instance;
        }
        Object entries = newArray(out.toArray());
        return isIterator ? newArray(entries, keyValue) : entries;
    }

    @HostAccess.Export
    public Object previewEntries(Value value) {
        return previewEntries(value, false);
    }

    /**
     * The engine's class name for an object (V8's GetConstructorName): "Object", "Array", "Map",
     * "Function", "Error", ... GraalJS does not remember the constructor of an object whose
     * prototype was replaced, so this is the built-in class name.
     */
    @HostAccess.Export
    public String getConstructorName(Value value) {
        Object o = unwrap(value);
        if (o instanceof JSProxyObject p) {
            Object t = p.getProxyTarget();
            if (t instanceof JSDynamicObject d) {
                o = d;
            }
        }
        if (o instanceof JSDynamicObject d) {
            TruffleString name = JSObject.getClassName(d);
            return name == null ? "Object" : name.toJavaStringUncached();
        }
        return "Object";
    }

    /** Own property keys that are not array indices, filtered like v8::PropertyFilter. */
    @HostAccess.Export
    public Object getOwnNonIndexProperties(Value value, int filter) {
        Object o = unwrap(value);
        if (!(o instanceof JSDynamicObject obj)) {
            return newArray();
        }
        List<Object> out = new ArrayList<>();
        if (obj instanceof JSArrayObject || obj instanceof JSTypedArrayObject) {
            // Elements live outside the shape: read the named properties only, without listing
            // every index (a 10-million-element typed array has no named property to find).
            List<Object> symbols = new ArrayList<>();
            for (Property p : obj.getShape().getPropertyList()) {
                Object key = p.getKey();
                boolean isSymbol = key instanceof Symbol;
                if (!isSymbol && !(key instanceof TruffleString)) {
                    continue; // engine-internal (hidden) slot
                }
                if (isSymbol ? (filter & SKIP_SYMBOLS) != 0 : (filter & SKIP_STRINGS) != 0) {
                    continue;
                }
                if (!isSymbol && JSRuntime.isArrayIndex(key)) {
                    continue;
                }
                if ((filter & ONLY_ENUMERABLE) != 0 && !JSProperty.isEnumerable(p)) {
                    continue;
                }
                if ((filter & ONLY_CONFIGURABLE) != 0 && !JSProperty.isConfigurable(p)) {
                    continue;
                }
                if ((filter & ONLY_WRITABLE) != 0 && JSProperty.isData(p) && !JSProperty.isWritable(p)) {
                    continue;
                }
                (isSymbol ? symbols : out).add(key);
            }
            out.addAll(symbols);
            return newArray(out.toArray());
        }
        for (Object key : JSObject.ownPropertyKeys(obj)) {
            boolean isSymbol = key instanceof Symbol;
            if (isSymbol ? (filter & SKIP_SYMBOLS) != 0 : (filter & SKIP_STRINGS) != 0) {
                continue;
            }
            if (!isSymbol && JSRuntime.isArrayIndex(key)) {
                continue;
            }
            if ((filter & (ONLY_ENUMERABLE | ONLY_WRITABLE | ONLY_CONFIGURABLE)) != 0) {
                PropertyDescriptor desc = JSObject.getOwnProperty(obj, key);
                if (desc == null) {
                    continue;
                }
                if ((filter & ONLY_ENUMERABLE) != 0 && !desc.getEnumerable()) {
                    continue;
                }
                if ((filter & ONLY_CONFIGURABLE) != 0 && !desc.getConfigurable()) {
                    continue;
                }
                if ((filter & ONLY_WRITABLE) != 0 && desc.isDataDescriptor() && !desc.getWritable()) {
                    continue;
                }
            }
            out.add(key);
        }
        return newArray(out.toArray());
    }

    // ---- Internal type checks (v8::Value::Is*), the ones JavaScript cannot answer without side effects.

    // Kinds returned by typeTag (keep in sync with lib/internal/util/inspect.js).
    public static final int TAG_OTHER = 0;
    public static final int TAG_ARRAY = 1;
    public static final int TAG_FUNCTION = 2;
    public static final int TAG_MAP = 3;
    public static final int TAG_SET = 4;
    public static final int TAG_WEAK_MAP = 5;
    public static final int TAG_WEAK_SET = 6;
    public static final int TAG_MAP_ITERATOR = 7;
    public static final int TAG_SET_ITERATOR = 8;
    public static final int TAG_PROMISE = 9;
    public static final int TAG_PROXY = 10;
    public static final int TAG_DATE = 11;
    public static final int TAG_REGEXP = 12;
    public static final int TAG_ERROR = 13;
    public static final int TAG_ARRAY_BUFFER = 14;
    public static final int TAG_SHARED_ARRAY_BUFFER = 15;
    public static final int TAG_DATA_VIEW = 16;
    public static final int TAG_TYPED_ARRAY = 17;
    public static final int TAG_NUMBER_OBJECT = 18;
    public static final int TAG_STRING_OBJECT = 19;
    public static final int TAG_BOOLEAN_OBJECT = 20;
    public static final int TAG_BIGINT_OBJECT = 21;
    public static final int TAG_SYMBOL_OBJECT = 22;
    public static final int TAG_ARGUMENTS = 23;
    public static final int TAG_MODULE_NAMESPACE = 24;
    public static final int TAG_GENERATOR_OBJECT = 25;
    public static final int TAG_WEAK_REF = 26;

    /**
     * The engine's kind of an object in one call (one of the TAG_* numbers). Proxies are
     * reported as TAG_PROXY whatever their target is.
     */
    @HostAccess.Export
    public int typeTag(Value v) {
        Object o = unwrap(v);
        if (!(o instanceof JSDynamicObject)) {
            return TAG_OTHER;
        }
        if (o instanceof JSProxyObject) {
            return TAG_PROXY;
        }
        if (o instanceof JSArrayObject) {
            return TAG_ARRAY;
        }
        if (o instanceof JSFunctionObject) {
            return TAG_FUNCTION;
        }
        if (o instanceof JSMapObject) {
            return TAG_MAP;
        }
        if (o instanceof JSSetObject) {
            return TAG_SET;
        }
        if (o instanceof JSErrorObject) {
            return TAG_ERROR;
        }
        if (o instanceof JSPromiseObject) {
            return TAG_PROMISE;
        }
        if (o instanceof JSTypedArrayObject) {
            return TAG_TYPED_ARRAY;
        }
        if (o instanceof JSArrayBufferObject) {
            return o instanceof JSArrayBufferObject.Shared ? TAG_SHARED_ARRAY_BUFFER : TAG_ARRAY_BUFFER;
        }
        if (o instanceof JSDataViewObject) {
            return TAG_DATA_VIEW;
        }
        if (o instanceof JSDateObject) {
            return TAG_DATE;
        }
        if (o instanceof JSRegExpObject) {
            return TAG_REGEXP;
        }
        if (o instanceof JSWeakMapObject) {
            return TAG_WEAK_MAP;
        }
        if (o instanceof JSWeakSetObject) {
            return TAG_WEAK_SET;
        }
        if (o instanceof JSMapIteratorObject) {
            return TAG_MAP_ITERATOR;
        }
        if (o instanceof JSSetIteratorObject) {
            return TAG_SET_ITERATOR;
        }
        if (o instanceof JSNumberObject) {
            return TAG_NUMBER_OBJECT;
        }
        if (o instanceof JSStringObject) {
            return TAG_STRING_OBJECT;
        }
        if (o instanceof JSBooleanObject) {
            return TAG_BOOLEAN_OBJECT;
        }
        if (o instanceof JSBigIntObject) {
            return TAG_BIGINT_OBJECT;
        }
        if (o instanceof JSSymbolObject) {
            return TAG_SYMBOL_OBJECT;
        }
        if (o instanceof JSArgumentsObject) {
            return TAG_ARGUMENTS;
        }
        if (o instanceof JSModuleNamespaceObject) {
            return TAG_MODULE_NAMESPACE;
        }
        if (o instanceof JSGeneratorObject || o instanceof JSAsyncGeneratorObject) {
            return TAG_GENERATOR_OBJECT;
        }
        if (o instanceof JSWeakRefObject) {
            return TAG_WEAK_REF;
        }
        return TAG_OTHER;
    }

    @HostAccess.Export
    public boolean isPromise(Value v) {
        return unwrap(v) instanceof JSPromiseObject;
    }

    @HostAccess.Export
    public boolean isProxy(Value v) {
        return unwrap(v) instanceof JSProxyObject;
    }

    @HostAccess.Export
    public boolean isMapIterator(Value v) {
        return unwrap(v) instanceof JSMapIteratorObject;
    }

    @HostAccess.Export
    public boolean isSetIterator(Value v) {
        return unwrap(v) instanceof JSSetIteratorObject;
    }

    @HostAccess.Export
    public boolean isNativeError(Value v) {
        return unwrap(v) instanceof JSErrorObject;
    }

    @HostAccess.Export
    public boolean isArgumentsObject(Value v) {
        return unwrap(v) instanceof JSArgumentsObject;
    }

    @HostAccess.Export
    public boolean isModuleNamespaceObject(Value v) {
        return unwrap(v) instanceof JSModuleNamespaceObject;
    }

    @HostAccess.Export
    public boolean isGeneratorObject(Value v) {
        Object o = unwrap(v);
        return o instanceof JSGeneratorObject || o instanceof JSAsyncGeneratorObject;
    }

    @HostAccess.Export
    public boolean isAsyncFunction(Value v) {
        if (unwrapFunction(v) instanceof JSFunctionObject f) {
            JSFunctionData d = f.getFunctionData();
            return d.isAsync() || d.isAsyncGenerator();
        }
        return false;
    }

    @HostAccess.Export
    public boolean isGeneratorFunction(Value v) {
        // an async generator function also arrives wrapped (see unwrapFunction)
        if (unwrapFunction(v) instanceof JSFunctionObject f) {
            JSFunctionData d = f.getFunctionData();
            return d.isGenerator() || d.isAsyncGenerator();
        }
        return false;
    }

    @HostAccess.Export
    public boolean isExternal(Value v) {
        return false;
    }

    // ---- Terminal column width, as Node's internalBinding('icu').getStringWidth (ICU properties).

    /** Columns a terminal uses for {@code str}: East Asian wide/fullwidth = 2, marks and controls = 0. */
    @HostAccess.Export
    public int getStringWidth(String str, boolean ambiguousAsFullWidth, boolean expandEmojiSequence) {
        int width = 0;
        int previous = 0;
        for (int i = 0; i < str.length(); ) {
            int c = str.codePointAt(i);
            i += Character.charCount(c);
            if (!expandEmojiSequence && previous == 0x200D
                    && (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)
                        || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER))) {
                previous = c;
                continue;
            }
            previous = c;
            width += columnWidth(c, ambiguousAsFullWidth);
        }
        return width;
    }

    @HostAccess.Export
    public int getStringWidth(String str) {
        return getStringWidth(str, false, true);
    }

    private static final int ZERO_WIDTH_TYPES = (1 << UCharacter.CONTROL) | (1 << UCharacter.FORMAT)
            | (1 << UCharacter.ENCLOSING_MARK) | (1 << UCharacter.NON_SPACING_MARK);

    private static int columnWidth(int c, boolean ambiguousAsFullWidth) {
        int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        switch (eaw) {
            case UCharacter.EastAsianWidth.FULLWIDTH:
            case UCharacter.EastAsianWidth.WIDE:
                return 2;
            case UCharacter.EastAsianWidth.AMBIGUOUS:
                if (ambiguousAsFullWidth) {
                    return 2;
                }
                if (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)) {
                    return 2;
                }
                break;
            case UCharacter.EastAsianWidth.NEUTRAL:
                if (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)) {
                    return 2;
                }
                break;
            default:
                break;
        }
        if (c != 0x00AD && (((1 << UCharacter.getType(c)) & ZERO_WIDTH_TYPES) != 0
                || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER))) {
            return 0;
        }
        return 1;
    }
}
