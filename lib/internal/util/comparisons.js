'use strict';
// Deep equality as assert.deepEqual / deepStrictEqual / partialDeepStrictEqual and
// util.isDeepStrictEqual define it (Node 24 semantics):
//  - strict: primitives by Object.is, [[Prototype]] and type tag must match, enumerable own
//    string and symbol keys are compared;
//  - loose: primitives by ==, prototypes ignored, symbol keys ignored;
//  - partial: strict-like, but only what `expected` has must be found in `actual`
//    (arrays as ordered subsequences, prototypes ignored).
// Special cases: Error name/message/cause/errors, RegExp source/flags/lastIndex, Date time,
// boxed primitives, typed arrays and buffers by content, Map/Set unordered (object keys and
// members matched by deep equality), WeakMap/WeakSet/Promise only by identity, URL by href,
// array holes, and cycles (equal only where both sides cycle at the same point).

const {
  ArrayBufferPrototypeGetByteLength,
  ArrayIsArray,
  ArrayPrototypePush,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  DatePrototypeGetTime,
  Error,
  MapPrototypeGet,
  MapPrototypeGetSize,
  MapPrototypeHas,
  NumberIsNaN,
  NumberPrototypeValueOf,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  RegExpPrototypeGetFlags,
  RegExpPrototypeGetGlobal,
  RegExpPrototypeGetSource,
  SafeSet,
  SetPrototypeGetSize,
  SetPrototypeHas,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
  WeakMapPrototypeHas,
  WeakSetPrototypeHas,
} = primordials;

const SharedArrayBufferPrototypeGetByteLength = primordials.SharedArrayBufferPrototypeGetByteLength;

const kLoose = 0;
const kStrict = 1;
const kStrictWithoutPrototypes = 2;
const kPartial = 3;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

// Map/Set iteration through captured iterators, immune to patched prototypes.
const MapIteratorNext = primordials.uncurryThis(
  ObjectGetPrototypeOf(new Map()[Symbol.iterator]()).next);
const SetIteratorNext = primordials.uncurryThis(
  ObjectGetPrototypeOf(new Set()[Symbol.iterator]()).next);
const MapEntries = primordials.MapPrototypeEntries;
const SetValues = primordials.SetPrototypeValues;

function forEachMapEntry(map, fn) {
  const it = MapEntries(map);
  for (;;) {
    const step = MapIteratorNext(it);
    if (step.done) return true;
    if (fn(step.value[0], step.value[1]) === false) return false;
  }
}

function forEachSetValue(set, fn) {
  const it = SetValues(set);
  for (;;) {
    const step = SetIteratorNext(it);
    if (step.done) return true;
    if (fn(step.value) === false) return false;
  }
}

// ---- Brand checks that need no engine binding ----

function isDate(v) {
  try { DatePrototypeGetTime(v); return true; } catch { return false; }
}
function isRegExp(v) {
  try { return RegExpPrototypeGetGlobal(v) !== undefined; } catch { return false; }
}
function isMap(v) {
  try { MapPrototypeGetSize(v); return true; } catch { return false; }
}
function isSet(v) {
  try { SetPrototypeGetSize(v); return true; } catch { return false; }
}
function isWeakMap(v) {
  try { WeakMapPrototypeHas(v, kDummy); return true; } catch { return false; }
}
function isWeakSet(v) {
  try { WeakSetPrototypeHas(v, kDummy); return true; } catch { return false; }
}
const kDummy = {};
function isTypedArray(v) {
  return TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined;
}
function isDataView(v) {
  try { DataViewPrototypeGetBuffer(v); return true; } catch { return false; }
}
function isArrayBufferView(v) {
  return isTypedArray(v) || isDataView(v);
}
function isArrayBuffer(v) {
  try { ArrayBufferPrototypeGetByteLength(v); return true; } catch { return false; }
}
function isSharedArrayBuffer(v) {
  if (SharedArrayBufferPrototypeGetByteLength === undefined) return false;
  try { SharedArrayBufferPrototypeGetByteLength(v); return true; } catch { return false; }
}
function isAnyArrayBuffer(v) {
  return isArrayBuffer(v) || isSharedArrayBuffer(v);
}
function isNumberObject(v) {
  try { NumberPrototypeValueOf(v); return true; } catch { return false; }
}
function isStringObject(v) {
  try { StringPrototypeValueOf(v); return true; } catch { return false; }
}
function isBooleanObject(v) {
  try { BooleanPrototypeValueOf(v); return true; } catch { return false; }
}
function isBigIntObject(v) {
  try { BigIntPrototypeValueOf(v); return true; } catch { return false; }
}
function isSymbolObject(v) {
  try { SymbolPrototypeValueOf(v); return true; } catch { return false; }
}
function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
    isBigIntObject(v) || isSymbolObject(v);
}
// An object with [[ErrorData]] reports the builtin tag "Error" unless @@toStringTag hides it.
function isNativeError(v) {
  return ObjectPrototypeToString(v) === '[object Error]';
}
function isError(v) {
  return isNativeError(v) || v instanceof Error;
}
function isPromise(v) {
  return ObjectPrototypeToString(v) === '[object Promise]';
}
function isURL(v) {
  return ObjectPrototypeToString(v) === '[object URL]' &&
    typeof v.href === 'string' && v.protocol !== undefined;
}

function isArrayIndexKey(key) {
  // Canonical array index: "0" or a digit string without leading zero, below 2 ** 32 - 1.
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return len < 10 || +key < 4294967295;
}

// Enumerable own keys that are not array indices (plus enumerable symbols when asked).
function getOwnNonIndexKeys(obj, withSymbols) {
  const keys = ObjectKeys(obj);
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (!isArrayIndexKey(keys[i])) ArrayPrototypePush(out, keys[i]);
  }
  if (withSymbols) {
    const symbols = ObjectGetOwnPropertySymbols(obj);
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(obj, symbols[i])) ArrayPrototypePush(out, symbols[i]);
    }
  }
  return out;
}

function viewBytes(v) {
  if (isDataView(v)) {
    return new Uint8Array(DataViewPrototypeGetBuffer(v), DataViewPrototypeGetByteOffset(v),
                          DataViewPrototypeGetByteLength(v));
  }
  return new Uint8Array(TypedArrayPrototypeGetBuffer(v), TypedArrayPrototypeGetByteOffset(v),
                        TypedArrayPrototypeGetByteLength(v));
}

function areEqualBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// Partial: the bytes of `b` form a subsequence of the elements of `a`, element-wise.
function isPartialTypedArray(a, b) {
  const lenA = TypedArrayPrototypeGetLength(a);
  const lenB = TypedArrayPrototypeGetLength(b);
  let pos = 0;
  for (let i = 0; i < lenB; i++) {
    while (pos < lenA && !ObjectIs(a[pos], b[i])) pos++;
    if (pos === lenA) return false;
    pos++;
  }
  return true;
}

function areSimilarFloatArrays(a, b) {
  const len = TypedArrayPrototypeGetLength(a);
  if (len !== TypedArrayPrototypeGetLength(b)) return false;
  for (let i = 0; i < len; i++) {
    if (a[i] != b[i]) return false; // eslint-disable-line eqeqeq
  }
  return true;
}

function areSimilarRegExps(a, b) {
  return RegExpPrototypeGetSource(a) === RegExpPrototypeGetSource(b) &&
    RegExpPrototypeGetFlags(a) === RegExpPrototypeGetFlags(b) &&
    a.lastIndex === b.lastIndex;
}

function boxedValue(v) {
  if (isNumberObject(v)) return ['number', NumberPrototypeValueOf(v)];
  if (isStringObject(v)) return ['string', StringPrototypeValueOf(v)];
  if (isBooleanObject(v)) return ['boolean', BooleanPrototypeValueOf(v)];
  if (isBigIntObject(v)) return ['bigint', BigIntPrototypeValueOf(v)];
  return ['symbol', SymbolPrototypeValueOf(v)];
}

function isEqualBoxedPrimitive(a, b) {
  const [typeA, valueA] = boxedValue(a);
  if (!isBoxedPrimitive(b)) return false;
  const [typeB, valueB] = boxedValue(b);
  return typeA === typeB && ObjectIs(valueA, valueB);
}

function isFloatTag(tag) {
  return tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Float16Array';
}

function innerDeepEqual(val1, val2, mode, memos) {
  if (val1 === val2) {
    return val1 !== 0 || ObjectIs(val1, val2) || mode === kLoose;
  }
  if (mode !== kLoose) {
    if (typeof val1 === 'number') {
      return NumberIsNaN(val1) && typeof val2 === 'number' && NumberIsNaN(val2);
    }
    if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null) {
      return false;
    }
    if ((mode === kStrict) && ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  return objectsEqual(val1, val2, mode, memos);
}

function objectsEqual(val1, val2, mode, memos) {
  const val1Tag = ObjectPrototypeToString(val1);
  const val2Tag = ObjectPrototypeToString(val2);
  if (val1Tag !== val2Tag) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2)) return false;
    if (mode === kPartial ? val1.length < val2.length : val1.length !== val2.length) return false;
    const keys2 = getOwnNonIndexKeys(val2, mode !== kLoose);
    if (mode !== kPartial) {
      const keys1 = getOwnNonIndexKeys(val1, mode !== kLoose);
      if (keys1.length !== keys2.length) return false;
    }
    return keyCheck(val1, val2, mode, memos, kIsArray, keys2);
  }
  if (val1Tag === '[object Object]' && !isSpecialObject(val1)) {
    if (isSpecialObject(val2)) return false;
    return keyCheck(val1, val2, mode, memos, kNoIterator);
  }
  if (isDate(val1)) {
    if (!isDate(val2) || !ObjectIs(DatePrototypeGetTime(val1), DatePrototypeGetTime(val2))) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    const tag1 = TypedArrayPrototypeGetSymbolToStringTag(val1);
    if (tag1 !== TypedArrayPrototypeGetSymbolToStringTag(val2)) return false;
    if (mode === kPartial && tag1 !== undefined) {
      if (!isPartialTypedArray(val1, val2)) return false;
    } else if (mode === kLoose && isFloatTag(tag1)) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areEqualBytes(viewBytes(val1), viewBytes(val2))) {
      return false;
    }
    // Own non-index properties of the views must match as well.
    const keys2 = getOwnNonIndexKeys(val2, mode !== kLoose);
    if (mode !== kPartial && getOwnNonIndexKeys(val1, mode !== kLoose).length !== keys2.length) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kNoIterator, keys2);
  } else if (isSet(val1)) {
    if (!isSet(val2)) return false;
    const size1 = SetPrototypeGetSize(val1);
    const size2 = SetPrototypeGetSize(val2);
    if (mode === kPartial ? size1 < size2 : size1 !== size2) return false;
    return keyCheck(val1, val2, mode, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2)) return false;
    const size1 = MapPrototypeGetSize(val1);
    const size2 = MapPrototypeGetSize(val2);
    if (mode === kPartial ? size1 < size2 : size1 !== size2) return false;
    return keyCheck(val1, val2, mode, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2)) return false;
    const bytes1 = new Uint8Array(val1);
    const bytes2 = new Uint8Array(val2);
    if (mode === kPartial) {
      if (!isPartialTypedArray(bytes1, bytes2)) return false;
    } else if (!areEqualBytes(bytes1, bytes2)) {
      return false;
    }
  } else if (isError(val1)) {
    if (!isError(val2) || !areSimilarErrors(val1, val2, mode, memos)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (ArrayIsArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) ||
             isDate(val2) || isRegExp(val2) || isAnyArrayBuffer(val2) ||
             isBoxedPrimitive(val2) || isError(val2)) {
    return false;
  } else if (isWeakMap(val1) || isWeakSet(val1) || isPromise(val1)) {
    // Their contents cannot be observed: only the very same object is equal.
    return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, mode, memos, kNoIterator);
}

// Objects whose internal slots matter although their tag says "Object"
// (e.g. a Map with a forged Symbol.toStringTag).
function isSpecialObject(v) {
  return isMap(v) || isSet(v) || isDate(v) || isRegExp(v) || isArrayBufferView(v) ||
    isAnyArrayBuffer(v) || isBoxedPrimitive(v) || isNativeError(v) || isWeakMap(v) || isWeakSet(v);
}

function areSimilarErrors(val1, val2, mode, memos) {
  // The stack is never compared: it differs between otherwise identical errors.
  for (const key of ['message', 'name']) {
    const enumerable = ObjectPrototypePropertyIsEnumerable(val1, key);
    if (mode === kPartial) {
      if (!enumerable && !ObjectPrototypePropertyIsEnumerable(val2, key) &&
          val1[key] !== val2[key]) {
        return false;
      }
      continue;
    }
    if (enumerable !== ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
    if (!enumerable && val1[key] !== val2[key]) return false;
  }
  for (const key of ['cause', 'errors']) {
    const enumerable1 = ObjectPrototypePropertyIsEnumerable(val1, key);
    const enumerable2 = ObjectPrototypePropertyIsEnumerable(val2, key);
    if (mode === kPartial) {
      if (!enumerable2 && ObjectPrototypeHasOwnProperty(val2, key)) {
        if (!ObjectPrototypeHasOwnProperty(val1, key) ||
            !innerDeepEqual(val1[key], val2[key], mode, memos)) {
          return false;
        }
      }
      continue;
    }
    if (enumerable1 !== enumerable2) return false;
    if (!enumerable1) {
      const has1 = ObjectPrototypeHasOwnProperty(val1, key);
      if (has1 !== ObjectPrototypeHasOwnProperty(val2, key)) return false;
      if (has1 && !innerDeepEqual(val1[key], val2[key], mode, memos)) return false;
    }
  }
  return true;
}

function keyCheck(val1, val2, mode, memos, iterationType, keys2) {
  if (keys2 === undefined) {
    keys2 = ObjectKeys(val2);
    if (mode !== kPartial && ObjectKeys(val1).length !== keys2.length) return false;
    for (let i = 0; i < keys2.length; i++) {
      if (!ObjectPrototypePropertyIsEnumerable(val1, keys2[i])) return false;
    }
    if (mode !== kLoose) {
      const symbols2 = ObjectGetOwnPropertySymbols(val2);
      let count = 0;
      for (let i = 0; i < symbols2.length; i++) {
        const key = symbols2[i];
        if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
          if (!ObjectPrototypePropertyIsEnumerable(val1, key)) return false;
          ArrayPrototypePush(keys2, key);
          count++;
        }
      }
      if (mode !== kPartial) {
        const symbols1 = ObjectGetOwnPropertySymbols(val1);
        let count1 = 0;
        for (let i = 0; i < symbols1.length; i++) {
          if (ObjectPrototypePropertyIsEnumerable(val1, symbols1[i])) count1++;
        }
        if (count1 !== count) return false;
      }
    }
  } else {
    // Non-index keys of arrays and views; their counts were compared by the caller.
    for (let i = 0; i < keys2.length; i++) {
      if (!ObjectPrototypePropertyIsEnumerable(val1, keys2[i])) return false;
    }
  }

  if (keys2.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val2.length === 0) ||
       (iterationType === kIsSet && SetPrototypeGetSize(val2) === 0) ||
       (iterationType === kIsMap && MapPrototypeGetSize(val2) === 0))) {
    return true;
  }

  // Cycle detection: the objects currently being compared, on both sides. Meeting an
  // object again is a cycle; the inputs are equal there only if both sides cycle together.
  if (memos === undefined) {
    memos = new SafeSet();
  } else {
    const seen1 = memos.has(val1);
    const seen2 = memos.has(val2);
    if (seen1 || seen2) return seen1 && seen2;
  }
  memos.add(val1);
  memos.add(val2);
  const result = objEquiv(val1, val2, mode, keys2, memos, iterationType);
  memos.delete(val1);
  memos.delete(val2);
  return result;
}

function objEquiv(a, b, mode, keys2, memos, iterationType) {
  if (iterationType === kIsArray) {
    if (mode === kPartial) {
      if (!partialArrayEquiv(a, b, memos)) return false;
    } else {
      for (let i = 0; i < a.length; i++) {
        // Node's loose comparison accepts anything where `expected` holds null.
        if (mode === kLoose && b[i] === null && ObjectPrototypeHasOwnProperty(b, i)) continue;
        if (ObjectPrototypeHasOwnProperty(a, i)) {
          if (!ObjectPrototypeHasOwnProperty(b, i) || !innerDeepEqual(a[i], b[i], mode, memos)) {
            return false;
          }
        } else if (ObjectPrototypeHasOwnProperty(b, i)) {
          return false;
        } else {
          // Sparse array: compare the remaining entries through their keys.
          if (!sparseArrayEquiv(a, b, i, mode, memos)) return false;
          break;
        }
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  }
  for (let i = 0; i < keys2.length; i++) {
    const key = keys2[i];
    if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

function sparseArrayEquiv(a, b, from, mode, memos) {
  const keysA = ObjectKeys(a);
  const keysB = ObjectKeys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i];
    if (!isArrayIndexKey(key) || +key < from) continue;
    if (mode === kLoose && b[key] === null && ObjectPrototypeHasOwnProperty(b, key)) continue;
    if (!ObjectPrototypeHasOwnProperty(b, key) || !innerDeepEqual(a[key], b[key], mode, memos)) {
      return false;
    }
  }
  for (let i = 0; i < keysB.length; i++) {
    const key = keysB[i];
    if (isArrayIndexKey(key) && +key >= from && !ObjectPrototypeHasOwnProperty(a, key)) return false;
  }
  return true;
}

// Partial arrays: the entries of `expected` (holes skipped) appear in `actual` in order.
function partialArrayEquiv(a, b, memos) {
  let pos = 0;
  const lenA = a.length;
  for (let i = 0; i < b.length; i++) {
    if (!ObjectPrototypeHasOwnProperty(b, i)) continue;
    const value = b[i];
    for (;;) {
      if (pos >= lenA) return false;
      if (ObjectPrototypeHasOwnProperty(a, pos) && innerDeepEqual(a[pos], value, kPartial, memos)) {
        break;
      }
      pos++;
    }
    pos++;
  }
  return true;
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// Removes from `candidates` the first entry deep-equal to `value`.
function takeEqual(candidates, value, mode, memos) {
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i] !== kTaken && innerDeepEqual(candidates[i], value, mode, memos)) {
      candidates[i] = kTaken;
      return true;
    }
  }
  return false;
}
const kTaken = { __proto__: null };

function setEquiv(a, b, mode, memos) {
  // Members of `a` that need a deep (or loose) partner in `b`, in iteration order.
  const pending = [];
  if (mode === kPartial) {
    forEachSetValue(a, (value) => {
      if (isObjectLike(value)) ArrayPrototypePush(pending, value);
    });
    return forEachSetValue(b, (value) => {
      if (isObjectLike(value)) return takeEqual(pending, value, mode, memos);
      return SetPrototypeHas(a, value);
    });
  }
  if (!forEachSetValue(a, (value) => {
    if (isObjectLike(value)) {
      ArrayPrototypePush(pending, value);
    } else if (!SetPrototypeHas(b, value)) {
      if (mode !== kLoose) return false;
      ArrayPrototypePush(pending, value);
    }
  })) {
    return false;
  }
  if (pending.length === 0) return true;
  let matched = 0;
  if (!forEachSetValue(b, (value) => {
    if (isObjectLike(value)) {
      if (!takeEqual(pending, value, mode, memos)) return false;
      matched++;
    } else if (mode === kLoose && !SetPrototypeHas(a, value)) {
      if (!takeEqual(pending, value, mode, memos)) return false;
      matched++;
    }
  })) {
    return false;
  }
  return matched === pending.length;
}

function mapEquiv(a, b, mode, memos) {
  const pending = [];
  if (mode === kPartial) {
    forEachMapEntry(a, (key) => {
      if (isObjectLike(key)) ArrayPrototypePush(pending, key);
    });
    return forEachMapEntry(b, (key, item) => {
      if (isObjectLike(key)) return takeEqualEntry(pending, a, key, item, mode, memos);
      return MapPrototypeHas(a, key) &&
        innerDeepEqual(MapPrototypeGet(a, key), item, mode, memos);
    });
  }
  if (!forEachMapEntry(a, (key, item1) => {
    if (isObjectLike(key)) {
      ArrayPrototypePush(pending, key);
    } else {
      const item2 = MapPrototypeGet(b, key);
      if ((item2 === undefined && !MapPrototypeHas(b, key)) ||
          !innerDeepEqual(item1, item2, mode, memos)) {
        if (mode !== kLoose) return false;
        ArrayPrototypePush(pending, key);
      }
    }
  })) {
    return false;
  }
  if (pending.length === 0) return true;
  let matched = 0;
  if (!forEachMapEntry(b, (key, item) => {
    if (isObjectLike(key)) {
      if (!takeEqualEntry(pending, a, key, item, mode, memos)) return false;
      matched++;
    } else if (mode === kLoose &&
               (!MapPrototypeHas(a, key) ||
                !innerDeepEqual(MapPrototypeGet(a, key), item, mode, memos))) {
      if (!takeEqualEntry(pending, a, key, item, mode, memos)) return false;
      matched++;
    }
  })) {
    return false;
  }
  return matched === pending.length;
}

function takeEqualEntry(candidates, a, key, item, mode, memos) {
  for (let i = 0; i < candidates.length; i++) {
    const key1 = candidates[i];
    if (key1 !== kTaken && innerDeepEqual(key1, key, mode, memos) &&
        innerDeepEqual(MapPrototypeGet(a, key1), item, mode, memos)) {
      candidates[i] = kTaken;
      return true;
    }
  }
  return false;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2, options) {
  const skipPrototype = options != null && typeof options === 'object' && options.skipPrototype;
  return innerDeepEqual(val1, val2, skipPrototype ? kStrictWithoutPrototypes : kStrict);
}

function isPartialStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kPartial);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
