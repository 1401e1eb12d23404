'use strict';
// The User Timing / Performance Timeline part of perf_hooks: performance (the global),
// PerformanceEntry/Mark/Measure, PerformanceObserver and its entry list, timerify.

const {
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  SafeSet,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { EventTarget } = require('internal/event_target');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');
const kEnumerable = { __proto__: null, enumerable: true };

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

let lazyClone;
function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  lazyClone ??= require('internal/structured_clone').structuredClone;
  return lazyClone(detail);
}

// ---- Clock: milliseconds since the process started (Node's timeOrigin). ----
const hrtime = process.hrtime;
function hrMs() {
  const t = hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}
const hrAtLoad = hrMs();
const sinceStartAtLoad = process.uptime() * 1e3;
function now() {
  return hrMs() - hrAtLoad + sinceStartAtLoad;
}
const timeOrigin = primordials.DateNow() - now();

// ---- Entries ----
class PerformanceEntry {
  constructor(skipThrow = undefined, name, type, start, duration, detail) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    if (arguments.length > 1) defineSlots(this, name, type, start, duration, detail);
  }

  get name() { checkEntry(this); return this._name; }
  get entryType() { checkEntry(this); return this._type; }
  get startTime() { checkEntry(this); return this._start; }
  get duration() { checkEntry(this); return this._duration; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${lazyInspect().inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    checkEntry(this);
    const out = { name: this._name, entryType: this._type, startTime: this._start, duration: this._duration };
    if (this._type === 'mark' || this._type === 'measure' || this._type === 'function') out.detail = this._detail;
    return out;
  }
}
// Internal slots are not enumerable own data, like Node's private fields.
for (const k of ['_name', '_type', '_start', '_duration', '_detail']) {
  ObjectDefineProperty(PerformanceEntry.prototype, k, { __proto__: null, writable: true, value: undefined });
}
ObjectDefineProperties(PerformanceEntry.prototype, {
  name: kEnumerable, entryType: kEnumerable, startTime: kEnumerable, duration: kEnumerable, toJSON: kEnumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'PerformanceEntry' },
});

function checkEntry(self) {
  if (self == null || typeof self !== 'object' || !(self instanceof PerformanceEntry)) {
    const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
    throw new ERR_INVALID_THIS('PerformanceEntry');
  }
}

function defineSlots(obj, name, type, start, duration, detail) {
  ObjectDefineProperties(obj, {
    _name: { __proto__: null, value: name, writable: true },
    _type: { __proto__: null, value: type, writable: true },
    _start: { __proto__: null, value: start, writable: true },
    _duration: { __proto__: null, value: duration, writable: true },
    _detail: { __proto__: null, value: detail, writable: true },
  });
}

function validateTimestamp(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateTimestamp(startTime, 'startTime');
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow);
    defineSlots(this, name, 'mark', startTime, 0, detail);
  }

  get detail() { checkEntry(this); return this._detail; }
}
ObjectDefineProperties(PerformanceMark.prototype, {
  detail: kEnumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMark' },
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow);
  }

  get detail() { checkEntry(this); return this._detail; }
}
ObjectDefineProperties(PerformanceMeasure.prototype, {
  detail: kEnumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMeasure' },
});

// Entries Node's own subsystems make (timerify's 'function'): they carry a detail.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { checkEntry(this); return this._detail; }
}
ObjectDefineProperty(PerformanceNodeEntry.prototype, 'detail', kEnumerable);

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

function makeEntry(Ctor, name, type, start, duration, detail) {
  const e = ReflectConstruct(PerformanceEntry, [kSkipThrow], Ctor);
  defineSlots(e, name, type, start, duration, detail);
  return e;
}

// ---- Buffers ----
let marks = [];
let measures = [];

function sortByStart(list) {
  return ArrayPrototypeSort(list, (a, b) => a._start - b._start);
}

function filterEntries(list, name, type) {
  return ArrayPrototypeFilter(list, (e) => (name === undefined || e._name === name) &&
    (type === undefined || e._type === type));
}

function getMarkTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i]._name === name) return marks[i]._start;
  const DOMException = require('internal/per_context/domexception').DOMException;
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

// ---- Observers ----
const observers = new SafeSet();
let pendingFlush = false;

function enqueue(entry) {
  for (const obs of observers) {
    if (ArrayPrototypeIncludes(obs._types, entry._type)) {
      ArrayPrototypePush(obs._buffer, entry);
      scheduleFlush();
    }
  }
}

function scheduleFlush() {
  if (pendingFlush) return;
  pendingFlush = true;
  // Observers are called from the check phase, as in Node.
  require('timers').setImmediate(() => {
    pendingFlush = false;
    for (const obs of observers) {
      if (obs._buffer.length === 0) continue;
      const list = obs.takeRecords();
      FunctionPrototypeCall(obs._callback, obs, new PerformanceObserverEntryList(kSkipThrow, list), obs);
    }
  });
}

const supportedEntryTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource'];

class PerformanceObserverEntryList {
  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    ObjectDefineProperty(this, '_entries', { __proto__: null, value: sortByStart(entries) });
  }

  getEntries() {
    return ArrayPrototypeSlice(this._entries);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this._entries, undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this._entries, `${name}`, type === undefined ? undefined : `${type}`);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${lazyInspect().inspect(this._entries, opts)}`;
  }
}
ObjectDefineProperty(PerformanceObserverEntryList.prototype, SymbolToStringTag,
  { __proto__: null, configurable: true, value: 'PerformanceObserverEntryList' });

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    ObjectDefineProperties(this, {
      _callback: { __proto__: null, value: callback },
      _buffer: { __proto__: null, value: [], writable: true },
      _types: { __proto__: null, value: [], writable: true },
      _mode: { __proto__: null, value: undefined, writable: true },
    });
  }

  static get supportedEntryTypes() {
    return ArrayPrototypeSlice(supportedEntryTypes);
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    // An observer keeps the kind of observation it started with.
    const mode = entryTypes !== undefined ? 'multiple' : 'single';
    if (this._mode !== undefined && this._mode !== mode) {
      const DOMException = require('internal/per_context/domexception').DOMException;
      throw new DOMException(`PerformanceObserver can not change to ${mode} observation`,
        'InvalidModificationError');
    }
    this._mode = mode;
    let types;
    if (entryTypes !== undefined) {
      if (!ArrayIsArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      types = ArrayPrototypeFilter(entryTypes, (t) => ArrayPrototypeIncludes(supportedEntryTypes, t));
    } else {
      types = ArrayPrototypeIncludes(supportedEntryTypes, type) ? [type] : [];
    }
    this._types = types;
    if (types.length === 0) {
      observers.delete(this);
      return;
    }
    observers.add(this);
    if (type !== undefined && buffered) {
      const existing = type === 'mark' ? marks : type === 'measure' ? measures : [];
      for (let i = 0; i < existing.length; i++) ArrayPrototypePush(this._buffer, existing[i]);
      if (this._buffer.length > 0) scheduleFlush();
    }
  }

  disconnect() {
    observers.delete(this);
    this._buffer = [];
    this._mode = undefined;
  }

  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${lazyInspect().inspect({
      connected: observers.has(this),
      pending: this._buffer.length > 0,
      entryTypes: this._types,
      buffer: this._buffer,
    }, opts)}`;
  }
}
ObjectDefineProperty(PerformanceObserver.prototype, SymbolToStringTag,
  { __proto__: null, configurable: true, value: 'PerformanceObserver' });

// ---- Performance ----
let nodeTimingObject;
function nodeTiming() {
  if (nodeTimingObject === undefined) {
    // node4j records no bootstrap milestones beyond the process start and this module's load;
    // the milestones it cannot observe are reported as the process start (0).
    const loaded = sinceStartAtLoad;
    nodeTimingObject = {
      __proto__: { constructor: { name: 'PerformanceNodeTiming' } },
      name: 'node',
      entryType: 'node',
      startTime: 0,
      get duration() { return now(); },
      nodeStart: 0,
      v8Start: 0,
      environment: 0,
      bootstrapComplete: loaded,
      loopStart: loaded,
      loopExit: -1,
      idleTime: 0,
    };
  }
  return nodeTimingObject;
}

function eventLoopUtilization(util1, util2) {
  // node4j's loop does not measure its idle time yet, so all elapsed time counts as active.
  const active = now();
  const current = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
  if (util2 !== undefined) {
    const a = util1.active - util2.active;
    return { idle: util1.idle - util2.idle, active: a, utilization: a > 0 ? 1 : 0 };
  }
  if (util1 !== undefined) {
    const a = current.active - util1.active;
    return { idle: current.idle - util1.idle, active: a, utilization: a > 0 ? 1 : 0 };
  }
  return current;
}

function timerify(fn, options = undefined) {
  validateFunction(fn, 'fn');
  if (options !== undefined) validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? ReflectConstruct(fn, args, fn) : ReflectApply(fn, this, args);
    const record = () => enqueue(makeEntry(PerformanceNodeEntry, fn.name, 'function', start, now() - start, args));
    if (!new.target && result && typeof result.finally === 'function') return result.finally(record);
    record();
    return result;
  }
  ObjectDefineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance extends EventTarget {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    if (name === undefined) marks = [];
    else marks = ArrayPrototypeFilter(marks, (e) => e._name !== `${name}`);
  }

  clearMeasures(name = undefined) {
    if (name === undefined) measures = [];
    else measures = ArrayPrototypeFilter(measures, (e) => e._name !== `${name}`);
  }

  clearResourceTimings(name = undefined) {
    // No resource timings are recorded (fetch is not there yet).
  }

  getEntries() {
    return sortByStart([...marks, ...measures]);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return sortByStart(filterEntries([...marks, ...measures], `${name}`, type === undefined ? undefined : `${type}`));
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return sortByStart(ArrayPrototypeSlice(marks));
    if (type === 'measure') return sortByStart(ArrayPrototypeSlice(measures));
    return [];
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const m = new PerformanceMark(name, options);
    ArrayPrototypePush(marks, m);
    enqueue(m);
    return m;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    let start; let end; let duration; let detail = null;
    if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
      const o = startOrMeasureOptions;
      if (o.start !== undefined && o.end !== undefined && o.duration !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
          'Must not have options.start, options.end, and options.duration specified');
      }
      if (endMark !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options and endMark specified');
      }
      start = o.start; end = o.end; duration = o.duration;
      if (duration !== undefined && typeof duration !== 'number') {
        throw new ERR_INVALID_ARG_TYPE('options.duration', 'number', duration);
      }
      detail = cloneDetail(o.detail);
    } else {
      start = startOrMeasureOptions;
      end = endMark;
    }
    let endTime;
    if (end !== undefined) endTime = getMarkTime(end);
    else if (start !== undefined && duration !== undefined) endTime = getMarkTime(start) + duration;
    else endTime = now();
    let startTime;
    if (start !== undefined) startTime = getMarkTime(start);
    else if (duration !== undefined && end !== undefined) startTime = endTime - duration;
    else startTime = 0;
    const m = makeEntry(PerformanceMeasure, name, 'measure', startTime, endTime - startTime, detail);
    ArrayPrototypePush(measures, m);
    enqueue(m);
    return m;
  }

  now() {
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    // Nothing is buffered (see clearResourceTimings).
  }

  get timeOrigin() {
    return timeOrigin;
  }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${lazyInspect().inspect(this.toJSON(), opts)}`;
  }
}

ObjectDefineProperties(Performance.prototype, {
  clearMarks: kEnumerable, clearMeasures: kEnumerable, clearResourceTimings: kEnumerable,
  getEntries: kEnumerable, getEntriesByName: kEnumerable, getEntriesByType: kEnumerable,
  mark: kEnumerable, measure: kEnumerable, now: kEnumerable, setResourceTimingBufferSize: kEnumerable,
  timeOrigin: kEnumerable, toJSON: kEnumerable,
  eventLoopUtilization: { __proto__: null, configurable: true, enumerable: true, writable: true, value: eventLoopUtilization },
  nodeTiming: { __proto__: null, configurable: true, enumerable: true, get: nodeTiming },
  markResourceTiming: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function markResourceTiming() {
      const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
      throw new ERR_NODE4J_UNSUPPORTED('performance.markResourceTiming');
    },
  },
  timerify: { __proto__: null, configurable: true, enumerable: true, writable: true, value: timerify },
  onresourcetimingbufferfull: { __proto__: null, configurable: true, enumerable: true, writable: true, value: null },
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'Performance' },
});

const performance = new Performance(kSkipThrow);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  performance,
  eventLoopUtilization,
  timerify,
  now,
};
