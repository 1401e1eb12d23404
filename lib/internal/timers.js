'use strict';
// Timers as Node keeps them: one linked list per duration, the lists in a priority queue by
// expiry, one loop deadline in Java. runNextTimer runs one callback per call from Java so
// that ticks and microtasks drain between two timers, as in Node >= 11.

const {
  MathMax,
  MathTrunc,
  NumberIsFinite,
  ObjectCreate,
  ReflectApply,
  Symbol,
  SymbolToPrimitive,
} = primordials;

const binding = internalBinding('timers');
const L = require('internal/linkedlist');
const PriorityQueue = require('internal/priority_queue');
const {
  async_id_symbol,
  trigger_async_id_symbol,
  enter,
  getDefaultTriggerAsyncId,
  leave,
  newAsyncId,
  async_context_frame,
  getFrame,
  runInFrame,
} = require('internal/async_hooks');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');

let timerListId = Number.MIN_SAFE_INTEGER;
let refCount = 0; // ref'd active timers
let nextExpiry = Infinity;
let triggerUncaughtException;

const timerListQueue = new PriorityQueue(compareTimersLists, setPosition);
const timerListMap = ObjectCreate(null);
const knownTimersById = ObjectCreate(null);

function compareTimersLists(a, b) {
  const expiryDiff = a.expiry - b.expiry;
  if (expiryDiff === 0) {
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
  }
  return expiryDiff;
}

function setPosition(node, pos) {
  node.priorityQueuePosition = pos;
}

function getLibuvNow() {
  return binding.getLibuvNow();
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

function incRefCount() {
  if (refCount++ === 0) binding.toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) binding.toggleTimerRef(false);
}

// Node warns once per process for a negative or NaN duration (an omitted one is fine).
let warnedNegative = false;
let warnedNaN = false;

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    const given = after;
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      } else if (after < 0 && !warnedNegative) {
        warnedNegative = true;
        process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`,
          'TimeoutNegativeWarning');
      } else if (after !== after && given !== undefined && !warnedNaN) {
        warnedNaN = true;
        process.emitWarning(`${after} is not a number.\nTimeout duration was set to 1.`, 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = getDefaultTriggerAsyncId();
    this[async_context_frame] = getFrame(); // AsyncLocalStorage stores follow the callback
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [SymbolToPrimitive]() {
    const id = this[async_id_symbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[async_id_symbol]) {
    item._destroyed = false;
    item[async_id_symbol] = newAsyncId();
    item[trigger_async_id_symbol] = getDefaultTriggerAsyncId();
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = MathTrunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      binding.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[async_id_symbol]];
  if (item[kRefed]) decRefCount();
  const list = L.isEmpty(item) ? undefined : timerListMap[item._idleTimeout];
  L.remove(item);
  if (list !== undefined && L.isEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

// ---- called from the Java loop ----
function runNextTimer(now) {
  let list;
  while ((list = timerListQueue.peek()) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return false;
    }
    const timer = L.peek(list);
    if (timer === null) {
      if (list === timerListMap[list.msecs]) delete timerListMap[list.msecs];
      timerListQueue.shift();
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      list.expiry = MathMax(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      continue;
    }
    L.remove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      continue;
    }
    runTimer(timer);
    return true;
  }
  nextExpiry = Infinity;
  return false;
}

function runTimer(timer) {
  let start;
  if (timer._repeat) start = getLibuvNow();
  const prev = enter(timer[async_id_symbol], timer[trigger_async_id_symbol]);
  try {
    const args = timer._timerArgs;
    if (timer[async_context_frame] !== undefined) runInFrame(timer[async_context_frame], timer._onTimeout, timer, args);
    else if (args === undefined) timer._onTimeout();
    else ReflectApply(timer._onTimeout, timer, args);
  } catch (err) {
    triggerUncaughtException ??= require('internal/process/execution').triggerUncaughtException;
    finishTimer(timer, start);
    leave(prev);
    triggerUncaughtException(err, false);
    return;
  }
  finishTimer(timer, start);
  leave(prev);
}

function finishTimer(timer, start) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, start);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
    if (timer[kRefed]) decRefCount();
  }
}

// Loop ms of the next expiry: positive when ref'd timers remain, negative when only unref'd.
function nextTimerExpiry() {
  const list = timerListQueue.peek();
  if (list === undefined) {
    nextExpiry = Infinity;
    return 0;
  }
  nextExpiry = list.expiry;
  return refCount > 0 ? list.expiry : -list.expiry;
}

// ---- Immediates ----
const immediateQueue = { head: null, tail: null };
let immediateCount = 0;
let immediateRefCount = 0;
let runningQueue = null; // the snapshot the check phase is working through

function reportImmediateCounts() {
  binding.setImmediateCounts(immediateCount, immediateRefCount);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = getDefaultTriggerAsyncId();
    this[async_context_frame] = getFrame();
    this.ref();
    immediateCount++;
    appendImmediate(this);
    reportImmediateCounts();
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      immediateRefCount++;
      reportImmediateCounts();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      immediateRefCount--;
      reportImmediateCounts();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function appendImmediate(item) {
  item._idleNext = null;
  item._idlePrev = immediateQueue.tail;
  if (immediateQueue.tail !== null) immediateQueue.tail._idleNext = item;
  else immediateQueue.head = item;
  immediateQueue.tail = item;
}

function removeImmediate(queue, item) {
  if (item._idleNext !== null) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev !== null) item._idlePrev._idleNext = item._idleNext;
  if (item === queue.head) queue.head = item._idleNext;
  if (item === queue.tail) queue.tail = item._idlePrev;
  item._idleNext = null;
  item._idlePrev = null;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateCount--;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateRefCount--;
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  const queue = runningQueue !== null && isInQueue(runningQueue, immediate) ? runningQueue : immediateQueue;
  removeImmediate(queue, immediate);
  reportImmediateCounts();
}

function isInQueue(queue, item) {
  return item._idlePrev !== null || item._idleNext !== null || queue.head === item;
}

// The check phase runs the immediates queued before it started; new ones wait a turn.
function startImmediates() {
  runningQueue = { head: immediateQueue.head, tail: immediateQueue.tail };
  immediateQueue.head = immediateQueue.tail = null;
}

function runNextImmediate() {
  const queue = runningQueue;
  if (queue === null) return false;
  const immediate = queue.head;
  if (immediate === null) {
    runningQueue = null;
    return false;
  }
  queue.head = immediate._idleNext;
  if (queue.head !== null) queue.head._idlePrev = null;
  else queue.tail = null;
  immediate._idleNext = immediate._idlePrev = null;
  if (immediate._destroyed) return true;
  immediateCount--;
  if (immediate[kRefed]) immediateRefCount--;
  immediate[kRefed] = null;
  immediate._destroyed = true;
  reportImmediateCounts();
  const prev = enter(immediate[async_id_symbol], immediate[trigger_async_id_symbol]);
  try {
    const argv = immediate._argv;
    if (immediate[async_context_frame] !== undefined) {
      runInFrame(immediate[async_context_frame], immediate._onImmediate, immediate, argv);
    } else if (argv === undefined) immediate._onImmediate();
    else ReflectApply(immediate._onImmediate, immediate, argv);
  } catch (err) {
    triggerUncaughtException ??= require('internal/process/execution').triggerUncaughtException;
    triggerUncaughtException(err, false);
  } finally {
    immediate._onImmediate = null;
    leave(prev);
  }
  return true;
}

function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !NumberIsFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

module.exports = {
  TIMEOUT_MAX,
  Immediate,
  Timeout,
  active,
  clearImmediate,
  clearTimeout,
  getTimerDuration,
  insert,
  kRefed,
  nextTimerExpiry,
  runNextImmediate,
  runNextTimer,
  startImmediates,
  timerListMap,
  unenroll,
  unrefActive,
};
