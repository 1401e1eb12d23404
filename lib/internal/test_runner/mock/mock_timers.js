'use strict';
// mock.timers: setTimeout/setInterval/setImmediate (global, node:timers and
// node:timers/promises) and Date driven by a virtual clock that only tick()/runAll()/setTime()
// move.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  DateNow,
  FunctionPrototypeApply,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  Promise,
  SymbolToPrimitive,
  SymbolDispose,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');

const kApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date', 'scheduler.wait'];

class MockTimer {
  constructor(timers, id, callback, delay, args, repeat, immediate) {
    this.timers = timers;
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.repeat = repeat;
    this.immediate = immediate;
    this.runAt = timers.now + delay;
    this.refed = true;
  }

  ref() { this.refed = true; return this; }
  unref() { this.refed = false; return this; }
  hasRef() { return this.refed; }

  refresh() {
    this.runAt = this.timers.now + this.delay;
    return this;
  }

  close() {
    this.timers.clear(this);
    return this;
  }

  [SymbolToPrimitive]() {
    return this.id;
  }

  [SymbolDispose]() {
    this.close();
  }
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #nextId = 1;
  #queue = [];
  #restore = [];

  get now() {
    return this.#now;
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const apis = options.apis ?? kApis;
    if (!Array.isArray(apis)) throw new ERR_INVALID_ARG_TYPE('options.apis', 'Array', apis);
    for (let i = 0; i < apis.length; i++) {
      if (!ArrayPrototypeIncludes(kApis, apis[i])) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', apis[i], `option ${apis[i]} is not supported`);
      }
    }
    let now = options.now ?? 0;
    if (now instanceof Date) now = now.getTime();
    if (typeof now !== 'number') throw new ERR_INVALID_ARG_TYPE('options.now', ['number', 'Date'], now);
    if (now < 0) throw new ERR_INVALID_ARG_VALUE('options.now', now, 'must be a positive number');
    this.#now = now;
    this.#enabled = true;
    const timers = require('timers');
    const promises = require('timers/promises');
    const add = (name, impl, clear, clearImpl) => {
      this.#replace(globalThis, name, impl);
      this.#replace(timers, name, impl);
      this.#replace(globalThis, clear, clearImpl);
      this.#replace(timers, clear, clearImpl);
    };
    const clear = (timer) => this.clear(timer);
    if (ArrayPrototypeIncludes(apis, 'setTimeout')) {
      add('setTimeout', (cb, delay, ...args) => this.#schedule(cb, delay, args, false, false), 'clearTimeout', clear);
      this.#replace(promises, 'setTimeout', (delay, value, options) => this.#promise(delay, value, options));
    }
    if (ArrayPrototypeIncludes(apis, 'setInterval')) {
      add('setInterval', (cb, delay, ...args) => this.#schedule(cb, delay, args, true, false), 'clearInterval', clear);
    }
    if (ArrayPrototypeIncludes(apis, 'setImmediate')) {
      add('setImmediate', (cb, ...args) => this.#schedule(cb, 0, args, false, true), 'clearImmediate', clear);
      this.#replace(promises, 'setImmediate', (value, options) => this.#promise(0, value, options));
    }
    if (ArrayPrototypeIncludes(apis, 'scheduler.wait')) {
      this.#replace(promises.scheduler, 'wait', (delay, options) => this.#promise(delay, undefined, options));
    }
    if (ArrayPrototypeIncludes(apis, 'Date')) this.#replace(globalThis, 'Date', this.#mockDate());
  }

  #replace(target, name, value) {
    const descriptor = ObjectGetOwnPropertyDescriptor(target, name);
    ArrayPrototypePush(this.#restore, () => {
      if (descriptor === undefined) delete target[name];
      else ObjectDefineProperty(target, name, descriptor);
    });
    ObjectDefineProperty(target, name, {
      __proto__: null, value, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false,
    });
  }

  #mockDate() {
    const timers = this;
    const RealDate = Date;
    function MockDate(...args) {
      if (new.target === undefined) return new RealDate(timers.#now).toString();
      if (args.length === 0) return Reflect.construct(RealDate, [timers.#now], new.target);
      return Reflect.construct(RealDate, args, new.target);
    }
    ObjectDefineProperty(MockDate, 'name', { __proto__: null, value: 'Date' });
    MockDate.prototype = RealDate.prototype;
    MockDate.now = () => timers.#now;
    MockDate.parse = RealDate.parse;
    MockDate.UTC = RealDate.UTC;
    MockDate.isMock = true;
    return MockDate;
  }

  #schedule(callback, delay, args, repeat, immediate) {
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // Node's mock takes the delay as given (an omitted one never comes due); immediates are 0.
    if (immediate) delay = 0;
    const timer = new MockTimer(this, this.#nextId++, callback, delay, args, repeat, immediate);
    ArrayPrototypePush(this.#queue, timer);
    return timer;
  }

  #promise(delay, value, options) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) {
        reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
        return;
      }
      const timer = this.#schedule(() => resolve(value), delay, [], false, false);
      signal?.addEventListener('abort', () => {
        this.clear(timer);
        reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      }, { once: true });
    });
  }

  clear(timer) {
    if (timer === undefined || timer === null) return;
    const id = typeof timer === 'object' ? timer.id : Number(timer);
    const i = this.#queue.findIndex((t) => t.id === id);
    if (i >= 0) this.#queue.splice(i, 1);
  }

  #requireEnabled() {
    if (!this.#enabled) throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
  }

  // The next timer due at or before `limit`: earliest first, then in scheduling order.
  #nextDue(limit) {
    let best = null;
    for (let i = 0; i < this.#queue.length; i++) {
      const t = this.#queue[i];
      if (t.runAt > limit) continue;
      if (best === null || t.runAt < best.runAt || (t.runAt === best.runAt && t.id < best.id)) best = t;
    }
    return best;
  }

  #fire(timer) {
    if (timer.repeat) {
      timer.runAt += timer.delay;
    } else {
      this.clear(timer);
    }
    FunctionPrototypeApply(timer.callback, undefined, timer.args);
  }

  tick(time = 1) {
    this.#requireEnabled();
    if (typeof time !== 'number') throw new ERR_INVALID_ARG_TYPE('time', 'number', time);
    if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', time, 'must be positive');
    const target = this.#now + time;
    this.#now = target;
    for (let timer = this.#nextDue(target); timer !== null; timer = this.#nextDue(target)) {
      this.#fire(timer);
    }
  }

  runAll() {
    this.#requireEnabled();
    let latest = this.#now;
    for (let i = 0; i < this.#queue.length; i++) if (this.#queue[i].runAt > latest) latest = this.#queue[i].runAt;
    this.tick(latest - this.#now);
  }

  setTime(time) {
    this.#requireEnabled();
    if (typeof time !== 'number') throw new ERR_INVALID_ARG_TYPE('time', 'number', time);
    this.#now = time;
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    for (let i = this.#restore.length - 1; i >= 0; i--) this.#restore[i]();
    this.#restore = [];
    this.#queue = [];
    this.#now = 0;
  }

  [SymbolDispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
