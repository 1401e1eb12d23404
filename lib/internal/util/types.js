'use strict';
// util.types: brand checks done in JS where a built-in getter or method throws on the wrong
// receiver; the rest (promises, proxies, iterators…) are engine facts from the util binding.

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetByteLength,
  DatePrototypeGetTime,
  MapPrototypeGetSize,
  NumberPrototypeValueOf,
  RegExpPrototypeGetSource,
  SetPrototypeGetSize,
  SharedArrayBufferPrototypeGetByteLength,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetSymbolToStringTag,
  WeakMapPrototypeHas,
  WeakSetPrototypeHas,
} = primordials;

const binding = internalBinding('util');

function brand(check, value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const isMap = (v) => brand(MapPrototypeGetSize, v);
const isSet = (v) => brand(SetPrototypeGetSize, v);
const isWeakMap = (v) => brand((x) => WeakMapPrototypeHas(x, WeakMapPrototypeHas), v);
const isWeakSet = (v) => brand((x) => WeakSetPrototypeHas(x, WeakSetPrototypeHas), v);
const isDate = (v) => brand(DatePrototypeGetTime, v);
const isRegExp = (v) => v !== RegExp.prototype && brand(RegExpPrototypeGetSource, v);
const isArrayBuffer = (v) => brand(ArrayBufferPrototypeGetByteLength, v);
const isSharedArrayBuffer = (v) => brand(SharedArrayBufferPrototypeGetByteLength, v);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = (v) => brand(DataViewPrototypeGetByteLength, v);
const isNumberObject = (v) => brand(NumberPrototypeValueOf, v);
const isStringObject = (v) => brand(StringPrototypeValueOf, v);
const isBooleanObject = (v) => brand(BooleanPrototypeValueOf, v);
const isBigIntObject = (v) => brand(BigIntPrototypeValueOf, v);
const isSymbolObject = (v) => brand(SymbolPrototypeValueOf, v);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);
const isTypedArray = (v) => TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined;
const isArrayBufferView = (v) => ArrayBufferIsView(v);
const typedArrayCheck = (name) => (v) => TypedArrayPrototypeGetSymbolToStringTag(v) === name;

module.exports = {
  isArgumentsObject: (v) => binding.isArgumentsObject(v),
  isArrayBuffer,
  isAsyncFunction: (v) => typeof v === 'function' && binding.isAsyncFunction(v),
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal: () => false,
  isGeneratorFunction: (v) => typeof v === 'function' && binding.isGeneratorFunction(v),
  isGeneratorObject: (v) => binding.isGeneratorObject(v),
  isMap,
  isMapIterator: (v) => binding.isMapIterator(v),
  isModuleNamespaceObject: (v) => binding.isModuleNamespaceObject(v),
  isNativeError: (v) => binding.isNativeError(v),
  isNumberObject,
  isPromise: (v) => binding.isPromise(v),
  isProxy: (v) => binding.isProxy(v),
  isRegExp,
  isSet,
  isSetIterator: (v) => binding.isSetIterator(v),
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
