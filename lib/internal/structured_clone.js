'use strict';
// structuredClone(): the HTML structured clone of plain data, as V8's serializer does it for
// Node (the engine has no serializer to borrow). Objects of other classes clone as plain
// objects of their own enumerable string keys; functions, symbols and host objects throw a
// DataCloneError DOMException.

const {
  ArrayBuffer,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice,
  ArrayIsArray,
  BigInt,
  Boolean,
  DataView,
  Date,
  DatePrototypeGetTime,
  Error,
  EvalError,
  FunctionPrototypeToString,
  Number,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  RangeError,
  ReferenceError,
  RegExp,
  SafeMap,
  String,
  SymbolIterator,
  SymbolPrototypeToString,
  SyntaxError,
  TypeError,
  URIError,
} = primordials;

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

let utilBinding;
function isProxy(v) {
  utilBinding ??= internalBinding('util');
  return utilBinding.isProxy(v);
}

const errorCtors = { __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

const typedArrayCtors = { __proto__: null };
for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array']) {
  if (primordials[name] !== undefined) typedArrayCtors[`[object ${name}]`] = primordials[name];
  else if (globalThis[name] !== undefined) typedArrayCtors[`[object ${name}]`] = globalThis[name];
}

function describe(value) {
  if (typeof value === 'function') return FunctionPrototypeToString(value);
  if (typeof value === 'symbol') return SymbolPrototypeToString(value);
  const tag = ObjectPrototypeToString(value); // "[object X]"
  return `#<${tag.slice(8, -1)}>`;
}

function cloneValue(value, memory, transferred) {
  switch (typeof value) {
    case 'undefined': case 'boolean': case 'number': case 'string': case 'bigint':
      return value;
    case 'symbol': case 'function':
      throw dataCloneError(`${describe(value)} could not be cloned.`);
  }
  if (value === null) return null;
  const seen = memory.get(value);
  if (seen !== undefined) return seen;
  if (isProxy(value)) throw dataCloneError('#<Object> could not be cloned.');
  if (value === globalThis) throw dataCloneError('#<Object> could not be cloned.');

  const tag = ObjectPrototypeToString(value);
  let out;
  switch (tag) {
    case '[object Array]': {
      out = new Array(value.length);
      memory.set(value, out);
      const keys = ObjectKeys(value);
      for (let i = 0; i < keys.length; i++) out[keys[i]] = cloneValue(value[keys[i]], memory, transferred);
      return out;
    }
    case '[object Date]':
      out = new Date(DatePrototypeGetTime(value));
      memory.set(value, out);
      return out;
    case '[object RegExp]':
      out = new RegExp(value.source, value.flags);
      memory.set(value, out);
      return out;
    case '[object Boolean]': case '[object Number]': case '[object String]': case '[object BigInt]':
      if (isPrimitiveWrapper(value, tag)) {
        // eslint-disable-next-line no-new-object
        out = Object(value.valueOf());
        memory.set(value, out);
        return out;
      }
      break;
    case '[object Map]': {
      out = new primordials.Map();
      memory.set(value, out);
      const entries = [];
      const it = primordials.MapPrototypeEntries(value);
      for (let r = it.next(); !r.done; r = it.next()) entries[entries.length] = r.value;
      for (let i = 0; i < entries.length; i++) {
        primordials.MapPrototypeSet(out, cloneValue(entries[i][0], memory, transferred),
          cloneValue(entries[i][1], memory, transferred));
      }
      return out;
    }
    case '[object Set]': {
      out = new primordials.Set();
      memory.set(value, out);
      const items = [];
      const it = primordials.SetPrototypeValues(value);
      for (let r = it.next(); !r.done; r = it.next()) items[items.length] = r.value;
      for (let i = 0; i < items.length; i++) primordials.SetPrototypeAdd(out, cloneValue(items[i], memory, transferred));
      return out;
    }
    case '[object ArrayBuffer]':
      out = ArrayBufferPrototypeSlice(value, 0);
      memory.set(value, out);
      return out;
    case '[object DataView]': {
      const buffer = cloneValue(value.buffer, memory, transferred);
      out = new DataView(buffer, value.byteOffset, value.byteLength);
      memory.set(value, out);
      return out;
    }
    case '[object Error]':
      return cloneError(value, memory, transferred);
    case '[object Object]':
      break;
    default: {
      const Ctor = typedArrayCtors[tag];
      if (Ctor !== undefined) {
        const buffer = cloneValue(value.buffer, memory, transferred);
        out = new Ctor(buffer, value.byteOffset, value.length);
        memory.set(value, out);
        return out;
      }
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
  }
  // Any other object: a plain object of its own enumerable string keys (getters run).
  out = {};
  memory.set(value, out);
  const keys = ObjectKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!ObjectPrototypeHasOwnProperty(value, k)) continue;
    out[k] = cloneValue(value[k], memory, transferred);
  }
  return out;
}

function isPrimitiveWrapper(value, tag) {
  try {
    switch (tag) {
      case '[object Boolean]': primordials.BooleanPrototypeValueOf(value); return true;
      case '[object Number]': primordials.NumberPrototypeValueOf(value); return true;
      case '[object String]': primordials.StringPrototypeValueOf(value); return true;
      case '[object BigInt]': primordials.BigIntPrototypeValueOf(value); return true;
    }
  } catch {
    return false;
  }
  return false;
}

// V8 keeps the prototype only for the standard error names, plus message, stack and cause.
function cloneError(value, memory, transferred) {
  const name = value.name;
  const Ctor = (typeof name === 'string' && errorCtors[name]) || Error;
  const out = ObjectCreate(Ctor.prototype);
  memory.set(value, out);
  const stack = value.stack;
  if (typeof stack === 'string') {
    ObjectDefineProperty(out, 'stack', { __proto__: null, value: stack, writable: true, configurable: true });
  }
  const msgDesc = primordials.ObjectGetOwnPropertyDescriptor(value, 'message');
  if (msgDesc !== undefined) {
    ObjectDefineProperty(out, 'message', { __proto__: null, value: String(value.message), writable: true, configurable: true });
  }
  if (ObjectPrototypeHasOwnProperty(value, 'cause')) {
    ObjectDefineProperty(out, 'cause', { __proto__: null, value: cloneValue(value.cause, memory, transferred),
      writable: true, configurable: true });
  }
  return out;
}
const ObjectCreate = primordials.ObjectCreate;

// Node throws these from C++: a plain TypeError with the code, not the ERR_INVALID_ARG_TYPE
// message built from (name, expected, actual).
function nativeArgTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw nativeArgTypeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    transfer = options.transfer;
    if (transfer !== undefined && (transfer === null || typeof transfer !== 'object' ||
        typeof transfer[SymbolIterator] !== 'function')) {
      throw nativeArgTypeError("Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
    }
  } else if (options === null) {
    // null is an empty dictionary
  }
  const memory = new SafeMap();
  const transferred = [];
  if (transfer !== undefined) {
    for (const t of transfer) {
      if (ObjectPrototypeToString(t) !== '[object ArrayBuffer]') {
        throw dataCloneError('Value not transferable');
      }
      if (primordials.ArrayPrototypeIncludes(transferred, t)) {
        throw dataCloneError('ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers cannot be transferred.');
      }
      transferred[transferred.length] = t;
    }
    // A transferred buffer moves: the clone gets its bytes, and once everything is cloned
    // (views still need the original's offsets) the original is detached.
    for (let i = 0; i < transferred.length; i++) {
      memory.set(transferred[i], ArrayBufferPrototypeSlice(transferred[i], 0));
    }
  }
  const result = cloneValue(value, memory, transferred);
  for (let i = 0; i < transferred.length; i++) primordials.ArrayBufferPrototypeTransfer(transferred[i]);
  return result;
}

module.exports = { structuredClone };
