'use strict';
// Test events between a test file's runtime and the `node4j --test` runtime that reads its
// stdout (Node uses the v8 serializer over a child's stdout): one marked JSON line per event,
// with errors, undefined, bigints and the like tagged so they come back as they were.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  JSONParse,
  JSONStringify,
  NumberIsFinite,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectGetPrototypeOf,
  ObjectIs,
  SafeSet,
  StringPrototypeStartsWith,
} = primordials;

const { isDate, isRegExp, isMap, isSet } = require('internal/util/types');
const { isError } = require('internal/test_runner/reporters/utils');

const kMarker = '\u0000node4j:test-event\u0000';

function encode(value, seen) {
  switch (typeof value) {
    case 'undefined': return { $: 'u' };
    case 'bigint': return { $: 'n', v: `${value}` };
    case 'symbol': return { $: 's', v: value.description ?? '' };
    case 'function': return { $: 'f', v: value.name };
    case 'number':
      if (!NumberIsFinite(value) || ObjectIs(value, -0)) return { $: 'd', v: `${value}` };
      return value;
    case 'string':
    case 'boolean':
      return value;
    default:
      break;
  }
  if (value === null) return null;
  if (seen.has(value)) return { $: 'c' };
  seen.add(value);
  try {
    if (ArrayIsArray(value)) {
      const v = [];
      for (let i = 0; i < value.length; i++) ArrayPrototypePush(v, encode(value[i], seen));
      return { $: 'a', v };
    }
    if (isDate(value)) return { $: 'D', v: value.getTime() };
    if (isRegExp(value)) return { $: 'r', v: value.source, f: value.flags };
    if (isMap(value)) return { $: 'm', v: [...value].map(([k, v]) => [encode(k, seen), encode(v, seen)]) };
    if (isSet(value)) return { $: 'S', v: [...value].map((v) => encode(v, seen)) };
    const props = [];
    const names = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < names.length; i++) {
      const desc = ObjectGetOwnPropertyDescriptor(value, names[i]);
      if (!('value' in desc)) continue;
      ArrayPrototypePush(props, [names[i], desc.enumerable ? 1 : 0, encode(desc.value, seen)]);
    }
    if (isError(value)) {
      if (!names.includes('stack') && typeof value.stack === 'string') ArrayPrototypePush(props, ['stack', 0, value.stack]);
      return { $: 'e', k: errorClassName(value), p: props };
    }
    const proto = ObjectGetPrototypeOf(value);
    return { $: 'o', k: proto === null ? null : proto?.constructor?.name, p: props };
  } finally {
    seen.delete(value);
  }
}

function errorClassName(err) {
  for (let p = ObjectGetPrototypeOf(err); p !== null; p = ObjectGetPrototypeOf(p)) {
    const name = p.constructor?.name;
    if (name === 'AssertionError' || name === 'TypeError' || name === 'RangeError' ||
        name === 'SyntaxError' || name === 'ReferenceError' || name === 'EvalError' || name === 'URIError') return name;
  }
  return 'Error';
}

// As after Node's v8 deserialization: native error classes come back, others (AssertionError)
// as plain Errors whose stack still names them.
function errorPrototype(name) {
  const ctor = name === 'AssertionError' ? undefined : globalThis[name];
  return typeof ctor === 'function' ? ctor.prototype : Error.prototype;
}

function decode(value) {
  if (value === null || typeof value !== 'object') return value;
  switch (value.$) {
    case 'u': return undefined;
    case 'n': return BigInt(value.v);
    case 's': return Symbol(value.v);
    case 'f': return { [value.v]: function() {} }[value.v];
    case 'd': return Number(value.v);
    case 'c': return '[Circular]';
    case 'a': return value.v.map(decode);
    case 'D': return new Date(value.v);
    case 'r': return new RegExp(value.v, value.f);
    case 'm': return new Map(value.v.map(([k, v]) => [decode(k), decode(v)]));
    case 'S': return new Set(value.v.map(decode));
    case 'e':
    case 'o': {
      let proto = Object.prototype;
      if (value.$ === 'e') proto = errorPrototype(value.k);
      else if (value.k === null) proto = null;
      const out = ObjectCreate(proto);
      for (let i = 0; i < value.p.length; i++) {
        const { 0: key, 1: enumerable, 2: v } = value.p[i];
        ObjectDefineProperty(out, key, {
          __proto__: null, value: decode(v), enumerable: enumerable === 1, writable: true, configurable: true,
        });
      }
      return out;
    }
    default:
      return value;
  }
}

function serializeEvent(event) {
  return `${kMarker}${JSONStringify({ type: event.type, data: encode(event.data, new SafeSet()) })}\n`;
}

// A line of the child's stdout: an event, or null for the program's own output.
function parseLine(line) {
  if (!StringPrototypeStartsWith(line, kMarker)) return null;
  const { type, data } = JSONParse(line.slice(kMarker.length));
  return { __proto__: null, type, data: decode(data) };
}

module.exports = { parseLine, serializeEvent };
