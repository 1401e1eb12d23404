'use strict';
// Built-ins captured before any user code runs, so that user code patching
// Array.prototype & co. cannot break core modules. Naming follows Node's
// primordials: ArrayPrototypePush(arr, x), ObjectKeys(o), SymbolIterator,
// ArrayPrototypeGetLength-style accessors, SafeMap/SafeSet.
// Evaluated as a script returning the frozen primordials object.
(function createPrimordials(global) {
  const primordials = {};
  const { apply, bind, call } = Function.prototype;
  const uncurryThis = bind.bind(call);
  primordials.uncurryThis = uncurryThis;
  const applyBind = bind.bind(apply);
  primordials.applyBind = applyBind;

  function capitalize(s) { return s[0].toUpperCase() + s.slice(1); }
  function keyName(key) {
    if (typeof key === 'symbol') {
      const d = key.description;
      return 'Symbol' + capitalize(d.startsWith('Symbol.') ? d.slice(7) : d);
    }
    return capitalize(key);
  }

  function copyProps(src, dest, prefix, uncurry) {
    for (const key of Reflect.ownKeys(src)) {
      if (key === 'constructor' || (uncurry && key === 'caller') || key === 'arguments') continue;
      const desc = Reflect.getOwnPropertyDescriptor(src, key);
      const name = `${prefix}${keyName(key)}`;
      if ('get' in desc || 'set' in desc) {
        if (desc.get) dest[`${prefix}Get${keyName(key)}`] = uncurryThis(desc.get);
        if (desc.set) dest[`${prefix}Set${keyName(key)}`] = uncurryThis(desc.set);
      } else if (uncurry && typeof desc.value === 'function') {
        dest[name] = uncurryThis(desc.value);
        if (!uncurry.noApply) dest[`${name}Apply`] = applyBind(desc.value);
      } else if (!(name in dest)) {
        dest[name] = desc.value;
      }
    }
  }

  // Explicit resource management is not in GraalJS yet; its two well-known symbols are (core
  // modules key disposal on them, as Node's do). Defined before capture so that
  // primordials.SymbolDispose exists.
  if (Symbol.dispose === undefined) {
    Reflect.defineProperty(Symbol, 'dispose', { __proto__: null, value: Symbol('Symbol.dispose') });
    Reflect.defineProperty(Symbol, 'asyncDispose', { __proto__: null, value: Symbol('Symbol.asyncDispose') });
  }

  // Plain globals.
  for (const name of ['Proxy', 'globalThis', 'decodeURI', 'decodeURIComponent', 'encodeURI',
    'encodeURIComponent', 'escape', 'unescape', 'isNaN', 'isFinite', 'parseFloat', 'parseInt']) {
    primordials[name] = global[name];
  }
  // Namespaces: static members only.
  for (const name of ['JSON', 'Math', 'Reflect', 'Atomics']) {
    if (global[name] === undefined) continue;
    primordials[name] = global[name];
    copyProps(global[name], primordials, name, false);
  }
  // Constructors: the constructor, its statics, uncurried prototype methods.
  const ctors = ['AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
    'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array',
    'Float64Array', 'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Map', 'Number', 'Object',
    'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError',
    'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
    'WeakSet', 'Promise', 'SharedArrayBuffer'];
  for (const name of ctors) {
    const C = global[name];
    if (C === undefined) continue;
    primordials[name] = C;
    copyProps(C, primordials, name, false);
    if (name === 'Promise') {
      // Promise's statics need `this` === Promise (Node binds them too): PromiseResolve(x).
      for (const key of ['all', 'allSettled', 'any', 'race', 'reject', 'resolve', 'withResolvers', 'try']) {
        if (typeof C[key] === 'function') primordials[`Promise${keyName(key)}`] = C[key].bind(C);
      }
    }
    copyProps(C.prototype, primordials, `${name}Prototype`, { noApply: false });
  }
  // Hidden intrinsics.
  const TypedArray = Reflect.getPrototypeOf(Uint8Array);
  primordials.TypedArray = TypedArray;
  copyProps(TypedArray, primordials, 'TypedArray', false);
  copyProps(TypedArray.prototype, primordials, 'TypedArrayPrototype', {});
  const ArrayIteratorPrototype = Reflect.getPrototypeOf([][Symbol.iterator]());
  primordials.ArrayIteratorPrototypeNext = uncurryThis(ArrayIteratorPrototype.next);
  const StringIteratorPrototype = Reflect.getPrototypeOf(''[Symbol.iterator]());
  primordials.StringIteratorPrototypeNext = uncurryThis(StringIteratorPrototype.next);
  const AsyncIteratorPrototype = Reflect.getPrototypeOf(Reflect.getPrototypeOf(async function* () {}).prototype);
  primordials.AsyncIteratorPrototype = AsyncIteratorPrototype;
  primordials.IteratorPrototype = Reflect.getPrototypeOf(ArrayIteratorPrototype);
  primordials.FunctionPrototypeCall = uncurryThis(call);
  primordials.FunctionPrototypeApply = uncurryThis(apply);
  primordials.FunctionPrototypeBind = uncurryThis(bind);

  // Safe collections: own copies of the methods, immune to prototype patching.
  function makeSafe(unsafe, safe) {
    if (Symbol.iterator in unsafe.prototype) {
      const dummy = new unsafe();
      let next;
      for (const key of Reflect.ownKeys(unsafe.prototype)) {
        if (Reflect.getOwnPropertyDescriptor(safe.prototype, key)) continue;
        const desc = Reflect.getOwnPropertyDescriptor(unsafe.prototype, key);
        if (typeof desc.value === 'function' && desc.value.length === 0 &&
            Symbol.iterator in (desc.value.call(dummy) ?? {})) {
          const createIterator = uncurryThis(desc.value);
          next ??= uncurryThis(createIterator(dummy).next);
          const SafeIterator = createSafeIterator(createIterator, next);
          desc.value = function() { return new SafeIterator(this); };
        }
        Reflect.defineProperty(safe.prototype, key, desc);
      }
    } else {
      copyPrototype(unsafe.prototype, safe.prototype);
    }
    Object.setPrototypeOf(safe.prototype, null);
    Object.freeze(safe.prototype);
    Object.freeze(safe);
    return safe;
  }
  function copyPrototype(src, dest) {
    for (const key of Reflect.ownKeys(src)) {
      if (!Reflect.getOwnPropertyDescriptor(dest, key)) {
        Reflect.defineProperty(dest, key, Reflect.getOwnPropertyDescriptor(src, key));
      }
    }
  }
  function createSafeIterator(factory, next) {
    class SafeIterator {
      constructor(iterable) { this._iterator = factory(iterable); }
      next() { return next(this._iterator); }
      [Symbol.iterator]() { return this; }
    }
    Object.setPrototypeOf(SafeIterator.prototype, null);
    Object.freeze(SafeIterator.prototype);
    Object.freeze(SafeIterator);
    return SafeIterator;
  }
  primordials.SafeArrayIterator = createSafeIterator(primordials.ArrayPrototypeSymbolIterator,
    primordials.ArrayIteratorPrototypeNext);
  primordials.SafeStringIterator = createSafeIterator(primordials.StringPrototypeSymbolIterator,
    primordials.StringIteratorPrototypeNext);
  primordials.SafeMap = makeSafe(Map, class SafeMap extends Map {
    constructor(i) { super(i); }
  });
  primordials.SafeWeakMap = makeSafe(WeakMap, class SafeWeakMap extends WeakMap {
    constructor(i) { super(i); }
  });
  primordials.SafeSet = makeSafe(Set, class SafeSet extends Set {
    constructor(i) { super(i); }
  });
  primordials.SafeWeakSet = makeSafe(WeakSet, class SafeWeakSet extends WeakSet {
    constructor(i) { super(i); }
  });
  primordials.SafeWeakRef = makeSafe(WeakRef, class SafeWeakRef extends WeakRef {
    constructor(i) { super(i); }
  });
  primordials.SafeFinalizationRegistry = makeSafe(FinalizationRegistry,
    class SafeFinalizationRegistry extends FinalizationRegistry {
      constructor(cleanup) { super(cleanup); }
    });

  const PromiseThen = primordials.PromisePrototypeThen;
  primordials.SafePromiseAll = (promises, mapFn) =>
    new Promise((resolve, reject) => {
      const results = [];
      let pending = promises.length;
      if (pending === 0) { resolve(results); return; }
      for (let i = 0; i < promises.length; i++) {
        const p = mapFn ? mapFn(promises[i], i) : promises[i];
        PromiseThen(Promise.resolve(p), (v) => {
          results[i] = v;
          if (--pending === 0) resolve(results);
        }, reject);
      }
    });
  primordials.SafePromiseAllReturnVoid = (promises, mapFn) =>
    PromiseThen(primordials.SafePromiseAll(promises, mapFn), () => undefined);
  primordials.SafePromiseRace = (promises) => new Promise((resolve, reject) => {
    for (const p of new primordials.SafeArrayIterator(promises)) {
      PromiseThen(Promise.resolve(p), resolve, reject);
    }
  });
  primordials.SafePromisePrototypeFinally = (p, onFinally) =>
    new Promise((resolve, reject) => {
      PromiseThen(p, (v) => PromiseThen(Promise.resolve(onFinally()), () => resolve(v), reject),
        (e) => PromiseThen(Promise.resolve(onFinally()), () => reject(e), reject));
    });
  // RegExp methods that ignore user-patched RegExp.prototype internals.
  primordials.hardenRegExp = (re) => re;
  primordials.makeSafe = makeSafe;

  Object.setPrototypeOf(primordials, null);
  return Object.freeze(primordials);
})(globalThis);
