'use strict';
// mock.fn / mock.method / mock.getter / mock.setter / mock.property and mock.timers: the
// MockTracker of node:test (one per test context, plus the module-level `mock`).

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  Proxy,
  ReflectApply,
  ReflectConstruct,
  ReflectGet,
  SafeMap,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'function', value);
}

function validateTimes(times) {
  if (times === undefined) return Infinity;
  if (typeof times !== 'number') throw new ERR_INVALID_ARG_TYPE('options.times', 'number', times);
  if (!Number.isInteger(times) || times < 1) throw new ERR_OUT_OF_RANGE('options.times', '>= 1', times);
  return times;
}

// fn.mock: the calls seen and the implementation in use.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #times;
  #once = new SafeMap();

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return ArrayPrototypeSlice(this.#calls, 0);
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    if (typeof call !== 'number') throw new ERR_INVALID_ARG_TYPE('onCall', 'number', call);
    if (call < nextCall) {
      throw new ERR_OUT_OF_RANGE('onCall', `>= ${nextCall} && <= ${Number.MAX_SAFE_INTEGER}`, call);
    }
    this.#once.set(call, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  restore() {
    if (this.#restore !== undefined) this.#restore();
    else this.#implementation = this.#original;
  }

  // The implementation for the next call (a one-shot one wins; past `times` the original).
  nextImplementation() {
    const index = this.#calls.length;
    const once = this.#once.get(index);
    if (once !== undefined) {
      this.#once.delete(index);
      return once;
    }
    if (index >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) {
    ArrayPrototypePush(this.#calls, call);
  }
}

function makeMock(original, implementation, times, restore) {
  const ctx = new MockFunctionContext(implementation, original, restore, times);
  const mock = new Proxy(original, {
    __proto__: null,
    apply(target, thisArg, args) {
      const impl = ctx.nextImplementation();
      let result;
      let error;
      try {
        result = ReflectApply(impl, thisArg, args);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.record({ __proto__: null, arguments: args, error, result, stack: new Error(), target: undefined, this: thisArg });
      }
      return result;
    },
    construct(target, args, newTarget) {
      const impl = ctx.nextImplementation();
      let result;
      let error;
      try {
        result = ReflectConstruct(impl, args, newTarget === mock ? impl : newTarget);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.record({ __proto__: null, arguments: args, error, result, stack: new Error(), target, this: result });
      }
      return result;
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return ReflectGet(target, property, receiver);
    },
  });
  return mock;
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = ObjectGetPrototypeOf(o)) {
    const d = ObjectGetOwnPropertyDescriptor(o, name);
    if (d !== undefined) return { descriptor: d, own: o === object };
  }
  return undefined;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    this.#timers ??= new (require('internal/test_runner/mock/mock_timers').MockTimers)();
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = { __proto__: null }) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    const times = validateTimes(options?.times);
    const mock = makeMock(original, implementation, times, undefined);
    ArrayPrototypePush(this.#mocks, mock.mock);
    return mock;
  }

  method(object, methodName, implementation = undefined, options = { __proto__: null }) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    const getter = !!options?.getter;
    const setter = !!options?.setter;
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const found = findDescriptor(object, methodName);
    const descriptor = found?.descriptor;
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const impl = implementation ?? original;
    validateFunction(impl, 'implementation');
    const times = validateTimes(options?.times);
    const restore = () => {
      if (found.own) ObjectDefineProperty(object, methodName, descriptor);
      else delete object[methodName];
    };
    const mock = makeMock(original, impl, times, restore);
    const mocked = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      mocked.get = mock;
      mocked.set = descriptor.set;
    } else if (setter) {
      mocked.get = descriptor.get;
      mocked.set = mock;
    } else {
      mocked.value = mock;
      mocked.writable = descriptor.writable;
    }
    ObjectDefineProperty(object, methodName, mocked);
    ArrayPrototypePush(this.#mocks, mock.mock);
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = { __proto__: null }) {
    return this.#accessor('getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation = undefined, options = { __proto__: null }) {
    return this.#accessor('setter', object, methodName, implementation, options);
  }

  // mock.getter/mock.setter: mock.method with options.getter/options.setter set.
  #accessor(kind, object, methodName, implementation, options) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (options?.[kind] === false) {
      throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { __proto__: null, ...options, [kind]: true });
  }

  constructor() {
    // Node offers mock.module() only under --experimental-test-module-mocks.
    if (process.execArgv.includes('--experimental-test-module-mocks')) {
      this.module = function module() { throw new ERR_NODE4J_UNSUPPORTED('mock.module()'); };
    }
  }

  property() {
    throw new ERR_NODE4J_UNSUPPORTED('mock.property()');
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (let i = 0; i < this.#mocks.length; i++) this.#mocks[i].restore();
  }
}

module.exports = { MockTracker, MockFunctionContext };
