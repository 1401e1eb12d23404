'use strict';
// The test tree of node:test: Test (test/it and t.test), Suite (describe), their hooks, and
// the contexts user code sees (TestContext, SuiteContext). Events go to the root's
// TestsStream in report order: a subtree that finishes early (concurrency) waits in a buffer
// until its earlier siblings have reported, so output reads as if tests ran one by one.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeUnshift,
  FunctionPrototypeCall,
  MathMax,
  Number,
  NumberIsInteger,
  ObjectKeys,
  Promise,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
  RegExpPrototypeExec,
  SafePromiseAll,
  SafePromiseRace,
  SymbolFor,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_TEST_FAILURE },
} = require('internal/errors');

const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kCancelledByParent = 'cancelledByParent';
const kHookFailure = 'hookFailed';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kUncaughtException = 'uncaughtException';
const kUnhandledRejection = 'unhandledRejection';

// The test whose body is running synchronously (Node finds it by async id, through awaits
// too; node4j does not, to keep the engine's context frames out of failure stacks).
let runningTest;
const currentTest = { getStore: () => runningTest };
// The suite whose describe() callback is running synchronously, and those whose async
// callbacks have not settled yet (the latest is where tests declared after an await go).
let buildingSuite = null;
const asyncBuilding = [];

// Code after an await in an async describe() callback runs once the entry module has
// finished (and the harness has started), so synchronous top-level calls never land there.
function buildingSuiteRef() {
  if (buildingSuite !== null) return buildingSuite;
  const last = asyncBuilding[asyncBuilding.length - 1];
  return last !== undefined && last.harness.bootstrapped ? last : null;
}

let lazyMock;
function MockTracker() {
  lazyMock ??= require('internal/test_runner/mock/mock').MockTracker;
  return new lazyMock();
}

function hrtimeMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function fullName(test) {
  const names = [];
  for (let t = test; t !== null && t.parent !== null; t = t.parent) ArrayPrototypeUnshift(names, t.name);
  return ArrayPrototypeJoin(names, ' > ');
}

class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return fullName(this.#test); }
  get filePath() { return this.#test.loc?.file; }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  get attempt() { return 0; }

  get mock() {
    this.#test.mock ??= MockTracker();
    return this.#test.mock;
  }

  get assert() {
    this.#test.assertObject ??= require('internal/test_runner/assert').contextAssert(this.#test, this);
    return this.#test.assertObject;
  }

  diagnostic(message) {
    ArrayPrototypePush(this.#test.diagnostics, message);
  }

  plan(count, options = { __proto__: null }) {
    if (this.#test.plan !== null) {
      throw new ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    validateCount(count, 'count');
    this.#test.plan = { count, actual: 0, wait: options?.wait ?? false };
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skipMessage = message ?? true;
  }

  todo(message) {
    this.#test.todoMessage = message ?? true;
  }

  test(name, options, fn) {
    const parent = this.#test;
    const sub = parent.createSubtest(Test, name, options, fn, TestContext.prototype.test);
    parent.countAssertion();
    return sub.start();
  }

  before(fn, options) { this.#test.createHook('before', fn, options); }
  after(fn, options) { this.#test.createHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.createHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.createHook('afterEach', fn, options); }

  async waitFor(condition, options = { __proto__: null }) {
    const interval = options.interval ?? 50;
    const timeout = options.timeout ?? 1000;
    const start = hrtimeMs();
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        if (hrtimeMs() - start >= timeout) throw new Error('waitFor() timed out', { cause: err });
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return fullName(this.#suite); }
  get filePath() { return this.#suite.loc?.file; }
}

function validateCount(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!NumberIsInteger(value) || value < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
}

function validateTimeout(value) {
  if (value === undefined || value === Infinity) return;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE('options.timeout', 'number', value);
  if (!(value >= 0 && value <= 2147483647)) throw new ERR_OUT_OF_RANGE('options.timeout', '>= 0 && <= 2147483647', value);
}

// test([name][, options][, fn]) in any of its shapes.
function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = fn.name;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = fn?.name;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options === null || options === undefined) options = { __proto__: null };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  if (name === undefined || name === null || name === '') name = fn?.name || '<anonymous>';
  else if (typeof name !== 'string') name = `${name}`;
  return { name, options, fn };
}

// Where test()/it()/describe() was called: the frame just above `caller`.
function callerLocation(caller) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let site;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = 1;
    const holder = {};
    Error.captureStackTrace(holder, caller);
    site = holder.stack?.[0];
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (site === undefined) return undefined;
  const file = site.getScriptNameOrSourceURL?.() ?? site.getFileName();
  if (!file) return undefined;
  const line = site.getLineNumber();
  const { sourceColumn } = require('internal/stack_trace');
  return { file, line, column: sourceColumn(file, line, site.getColumnNumber()) };
}

let nextRunId = 0;

class Test {
  constructor(init) {
    const { name, fn, parent, options, loc, harness } = init;
    this.name = name;
    this.fn = fn ?? noop;
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.harness = parent === null ? harness : parent.harness;
    this.nesting = parent === null || parent.parent === null ? 0 : parent.nesting + 1;
    this.loc = loc;
    this.id = nextRunId++;
    const opts = options ?? { __proto__: null };
    this.skipMessage = opts.skip ? (typeof opts.skip === 'string' ? opts.skip : true) : null;
    this.todoMessage = opts.todo ? (typeof opts.todo === 'string' ? opts.todo : true) : null;
    this.only = !!opts.only;
    if (this.todoMessage === null && parent !== null && parent.type === 'suite' && parent.todoMessage !== null) {
      this.todoMessage = true;
    }
    validateTimeout(opts.timeout);
    this.timeout = opts.timeout ?? (parent !== null ? this.harness.defaultTimeout : Infinity);
    if (opts.plan !== undefined) {
      validateCount(opts.plan, 'options.plan');
      this.plan = { count: opts.plan, actual: 0, wait: false };
    } else {
      this.plan = null;
    }
    const c = opts.concurrency;
    if (c === true) this.concurrency = Infinity;
    else if (typeof c === 'number' && c >= 1) this.concurrency = c;
    else if (c !== undefined && c !== false && c !== null) {
      if (typeof c !== 'number') throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], c);
      throw new ERR_OUT_OF_RANGE('options.concurrency', '>= 1', c);
    } else this.concurrency = parent === null ? this.harness.concurrency : 1;
    this.controller = new AbortController();
    this.signal = opts.signal !== undefined ?
      AbortSignal.any([this.controller.signal, opts.signal]) : this.controller.signal;
    this.runOnlySubtests = parent === null ? false : parent.runOnlySubtests;
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.ranBefore = false;
    this.diagnostics = [];
    this.passed = false;
    this.error = null;
    this.started = false;
    this.finished = false;
    this.startTime = null;
    this.endTime = null;
    this.mock = undefined;
    this.assertObject = undefined;
    this.reportIndex = 0;
    this.buffer = [];
    this.reportDone = false;
    this.filtered = false;
    this.done = new Promise((resolve) => { this.resolveDone = resolve; });
    this.type = 'test';
  }

  get isTodo() { return this.todoMessage !== null; }
  get skipped() { return this.skipMessage !== null; }

  get cancelled() {
    const type = this.error?.failureType;
    return type === kCancelledByParent || type === kTestTimeoutFailure;
  }

  createSubtest(Factory, rawName, rawOptions, rawFn, caller, extra) {
    const { name, options, fn } = normalizeArgs(rawName, rawOptions, rawFn);
    const opts = extra ? { __proto__: null, ...options, ...extra } : options;
    const sub = new Factory({ name, fn, parent: this, options: opts, loc: callerLocation(caller) });
    this.harness.filter(sub);
    // t.runOnly(true): later subtests run only when marked `only`.
    if (this.type === 'test' && this.parent !== null && this.runOnlySubtests && !sub.only) sub.filtered = true;
    ArrayPrototypePush(this.subtests, sub);
    if (!sub.filtered) this.harness.emit('test:enqueue', sub.eventData({ type: sub.type }));
    return sub;
  }

  createHook(type, fn, options) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    validateTimeout(options?.timeout);
    ArrayPrototypePush(this.hooks[type], { fn, timeout: options?.timeout ?? Infinity, type });
  }

  countAssertion() {
    if (this.plan !== null) {
      this.plan.actual++;
      this.plan.notify?.();
    }
  }

  eventData(extra) {
    return {
      __proto__: null,
      name: this.name,
      nesting: this.nesting,
      file: this.loc?.file,
      line: this.loc?.line,
      column: this.loc?.column,
      ...extra,
    };
  }

  // ---- reporting in order ----
  isCurrent() {
    const p = this.parent;
    return p === null || p.subtests[p.reportIndex] === this;
  }

  // Where this test's events go now: the parent's sink while it is the parent's current
  // child, else its own buffer.
  emitInOrder(type, data) {
    let t = this;
    while (t.parent !== null && t.isCurrent()) t = t.parent;
    if (t.parent === null) this.harness.emit(type, data);
    else ArrayPrototypePush(t.buffer, { type, data });
  }

  flushInto() {
    const events = this.buffer;
    this.buffer = [];
    for (let i = 0; i < events.length; i++) {
      const { type, data } = events[i];
      let t = this.parent;
      while (t.parent !== null && t.isCurrent()) t = t.parent;
      if (t.parent === null) this.harness.emit(type, data);
      else ArrayPrototypePush(t.buffer, events[i]);
    }
  }

  markReported() {
    this.reportDone = true;
    const p = this.parent;
    if (p === null || !this.isCurrent()) return;
    for (;;) {
      p.reportIndex++;
      const next = p.subtests[p.reportIndex];
      if (next === undefined) return;
      next.flushInto();
      if (!next.reportDone) return;
    }
  }

  // ---- running ----
  start() {
    if (this.filtered) {
      this.finished = true;
      this.reportDone = true;
      this.skipReportSlot();
      this.resolveDone();
      return PromiseResolve();
    }
    const parent = this.parent;
    if (parent.finished) {
      this.fail(new ERR_TEST_FAILURE('test could not be started because its parent finished',
                                     kParentAlreadyFinished));
      this.startTime = hrtimeMs();
      this.finish();
      return this.done;
    }
    if (parent.canStartSubtest()) {
      parent.active++;
      this.activeSlot = true;
      this.harness.emit('test:dequeue', this.eventData({ type: this.type }));
      PromisePrototypeThen(this.run(), undefined, (err) => this.harness.internalError(err));
    } else {
      ArrayPrototypePush(parent.pending, this);
    }
    return this.done;
  }

  // A filtered test takes no place in its parent's report order.
  skipReportSlot() {
    const p = this.parent;
    if (p.subtests[p.reportIndex] === this) this.markReported();
  }

  canStartSubtest() {
    return this.harness.bootstrapped && this.active < this.concurrency &&
      (this.parent === null || this.started);
  }

  processPending() {
    while (this.pending.length > 0 && this.canStartSubtest()) {
      const next = ArrayPrototypeShift(this.pending);
      if (next.filtered) {
        next.start();
        continue;
      }
      this.active++;
      next.activeSlot = true;
      this.harness.emit('test:dequeue', next.eventData({ type: next.type }));
      PromisePrototypeThen(next.run(), undefined, (err) => this.harness.internalError(err));
    }
  }

  async runBeforeOfParent() {
    const parent = this.parent;
    if (parent.ranBefore || parent.hooks.before.length === 0) return;
    parent.ranBefore = true;
    await parent.runHooks('before', parent.parent === null ? undefined : parent.context());
  }

  context() {
    this.ctx ??= new TestContext(this);
    return this.ctx;
  }

  async runHooks(type, ctx) {
    const hooks = this.hooks[type];
    for (let i = 0; i < hooks.length; i++) {
      const hook = hooks[i];
      try {
        await this.runWithTimeout(() => callUserFn(hook.fn, ctx, this), hook.timeout);
      } catch (err) {
        // A hook's timeout is reported as the timeout itself.
        if (err?.failureType === kTestTimeoutFailure) throw err;
        throw new ERR_TEST_FAILURE(err, kHookFailure);
      }
    }
  }

  // The beforeEach hooks of every ancestor, outermost first; afterEach innermost first.
  async runEachHooks(type, ctx) {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) ArrayPrototypeUnshift(chain, t);
    if (type === 'afterEach') chain.reverse();
    for (let i = 0; i < chain.length; i++) {
      if (chain[i].hooks[type].length > 0) await chain[i].runHooks(type, ctx);
    }
  }

  runWithTimeout(fn, timeout) {
    if (timeout === Infinity) return fn();
    return this.raceTimeout(PromiseResolve(fn()), timeout);
  }

  raceTimeout(promise, timeout) {
    if (timeout === Infinity) return promise;
    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => {
        reject(new ERR_TEST_FAILURE(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
    });
    return SafePromiseRace([promise, timedOut]).finally(() => clearTimeout(timer));
  }

  async run() {
    this.started = true;
    this.startTime = hrtimeMs();
    this.emitInOrder('test:start', this.eventData());
    if (this.parent.error?.failureType === kCancelledByParent || this.parent.signal.aborted) {
      this.fail(new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                     kCancelledByParent));
      return this.finish();
    }
    if (this.parent.hooks.before.length > 0 && !this.parent.ranBefore) {
      try {
        await this.runBeforeOfParent();
      } catch (err) {
        this.fail(err);
        return this.finish();
      }
    }
    if (this.skipped) {
      this.passed = true;
      return this.finish();
    }
    const ctx = this.context();
    let hooksFailed = false;
    if (this.hasEachHooks('beforeEach')) {
      try {
        await this.runEachHooks('beforeEach', ctx);
      } catch (err) {
        hooksFailed = true;
        this.fail(err);
      }
    }
    if (!hooksFailed) {
      try {
        // Called right here, so a failure's stack reads like Node's: the body, then Test.run.
        const saved = runningTest;
        runningTest = this;
        let result;
        try {
          result = callUserFn(this.fn, ctx, this);
        } finally {
          runningTest = saved;
        }
        if (result !== null && typeof result?.then === 'function') await this.raceTimeout(result, this.timeout);
        else if (this.timeout !== Infinity) await this.raceTimeout(PromiseResolve(), this.timeout);
        if (this.skipped) {
          this.passed = true;
        } else {
          await this.waitForSubtests();
          await this.checkPlan();
          this.pass();
        }
      } catch (err) {
        this.fail(err?.code === 'ERR_TEST_FAILURE' ? err : new ERR_TEST_FAILURE(err, kTestCodeFailure));
      }
    }
    try {
      await this.waitForSubtests();
      if (this.hooks.after.length > 0) await this.runHooks('after', ctx);
      if (this.hasEachHooks('afterEach')) await this.runEachHooks('afterEach', ctx);
    } catch (err) {
      if (this.error === null) this.fail(err);
    }
    return this.finish();
  }

  hasEachHooks(type) {
    for (let t = this.parent; t !== null; t = t.parent) if (t.hooks[type].length > 0) return true;
    return false;
  }

  async waitForSubtests() {
    for (let i = 0; i < this.subtests.length; i++) await this.subtests[i].done;
  }

  async checkPlan() {
    const plan = this.plan;
    if (plan === null) return;
    if (plan.wait !== false && plan.actual < plan.count) {
      await new Promise((resolve) => {
        let timer;
        plan.notify = () => {
          if (plan.actual >= plan.count) { clearTimeout(timer); resolve(); }
        };
        if (typeof plan.wait === 'number') timer = setTimeout(resolve, plan.wait);
      });
    }
    if (plan.actual !== plan.count) {
      throw new ERR_TEST_FAILURE(`plan expected ${plan.count} assertions but received ${plan.actual}`,
                                 kTestCodeFailure);
    }
  }

  pass() {
    if (this.error === null) this.passed = true;
  }

  fail(err) {
    if (this.error !== null) return;
    this.error = err;
    this.passed = false;
  }

  failedSubtests() {
    let n = 0;
    for (let i = 0; i < this.subtests.length; i++) {
      const sub = this.subtests[i];
      if (!sub.filtered && !sub.passed && !sub.isTodo) n++;
    }
    return n;
  }

  finish() {
    // Subtests still queued when their parent ends never run: they are cancelled.
    while (this.pending.length > 0) {
      const sub = ArrayPrototypeShift(this.pending);
      if (sub.filtered) {
        sub.start();
        continue;
      }
      sub.started = true;
      sub.emitInOrder('test:start', sub.eventData());
      sub.fail(new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                    kCancelledByParent));
      sub.finish();
    }
    if (this.error === null) {
      const failed = this.failedSubtests();
      if (failed > 0) {
        this.fail(new ERR_TEST_FAILURE(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed));
      }
    }
    this.endTime = hrtimeMs();
    this.finished = true;
    this.controller.abort();
    if (this.mock !== undefined) this.mock.reset();
    this.report();
    this.resolveDone();
    const parent = this.parent;
    if (parent !== null) {
      if (this.activeSlot) {
        this.activeSlot = false;
        parent.active--;
        parent.processPending();
      }
      this.harness.emit('test:complete', this.eventData({
        details: this.details(), testNumber: this.testNumber(), passed: this.passed,
      }));
    }
  }

  testNumber() {
    let n = 0;
    const siblings = this.parent.subtests;
    for (let i = 0; i < siblings.length; i++) {
      if (!siblings[i].filtered) n++;
      if (siblings[i] === this) break;
    }
    return n;
  }

  details() {
    const details = { __proto__: null };
    if (this.startTime !== null) details.duration_ms = this.endTime - this.startTime;
    details.type = this.type;
    if (this.error !== null) details.error = this.error;
    return details;
  }

  report() {
    let reported = 0;
    for (let i = 0; i < this.subtests.length; i++) if (!this.subtests[i].filtered) reported++;
    if (reported > 0) this.emitInOrder('test:plan', this.eventData({ nesting: this.nesting + 1, count: reported }));
    const data = this.eventData({ testNumber: this.testNumber(), details: this.details() });
    if (this.skipMessage !== null) data.skip = this.skipMessage;
    if (this.todoMessage !== null) data.todo = this.todoMessage;
    this.emitInOrder(this.passed ? 'test:pass' : 'test:fail', data);
    for (let i = 0; i < this.diagnostics.length; i++) {
      this.emitInOrder('test:diagnostic', this.eventData({ message: this.diagnostics[i] }));
    }
    this.markReported();
  }
}

// Top-level tests and suite children with an `only` sibling (or an `only` descendant) run alone.
function hasOnlyInside(test) {
  for (let i = 0; i < test.subtests.length; i++) {
    const s = test.subtests[i];
    if (s.only || (s.type === 'suite' && hasOnlyInside(s))) return true;
  }
  return false;
}

function applyOnly(parent) {
  if (!hasOnlyInside(parent)) return;
  for (let i = 0; i < parent.subtests.length; i++) {
    const s = parent.subtests[i];
    if (s.only) continue;
    if (s.type === 'suite' && hasOnlyInside(s)) {
      applyOnly(s);
      continue;
    }
    s.filtered = true;
  }
}

class Suite extends Test {
  constructor(init) {
    super(init);
    this.type = 'suite';
    const ctx = new SuiteContext(this);
    this.ctx = ctx;
    this.buildPromise = null;
    const saved = buildingSuite;
    buildingSuite = this;
    try {
      const result = ReflectApply(this.fn, ctx, [ctx]);
      if (result !== null && typeof result?.then === 'function') {
        // it()/describe() after an await in the callback still belong to this suite.
        ArrayPrototypePush(asyncBuilding, this);
        const built = () => {
          const i = asyncBuilding.indexOf(this);
          if (i >= 0) asyncBuilding.splice(i, 1);
        };
        this.buildPromise = PromisePrototypeThen(result, built, (err) => {
          built();
          this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
        });
      }
    } catch (err) {
      this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
    } finally {
      buildingSuite = saved;
    }
  }

  context() {
    return this.ctx;
  }

  async run() {
    this.started = true;
    this.startTime = hrtimeMs();
    this.emitInOrder('test:start', this.eventData());
    if (this.buildPromise !== null) await this.buildPromise;
    if (this.error === null && this.parent.signal.aborted) {
      this.fail(new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                     kCancelledByParent));
    }
    if (this.error === null) {
      try {
        await this.runBeforeOfParent();
      } catch (err) {
        this.fail(err);
      }
    }
    if (this.skipped && this.error === null) {
      // A skipped suite is built but reports none of its tests.
      for (let i = 0; i < this.subtests.length; i++) this.subtests[i].filtered = true;
      this.passed = true;
      return this.finish();
    }
    if (this.error === null) {
      applyOnly(this);
      try {
        if (this.hooks.before.length > 0) {
          this.ranBefore = true;
          await this.runHooks('before', this.ctx);
        }
      } catch (err) {
        this.fail(err);
      }
    }
    if (this.error !== null) {
      this.cancelChildren();
    } else {
      for (let i = 0; i < this.subtests.length; i++) this.subtests[i].start();
      try {
        await this.runWithTimeout(() => this.waitForSubtests(), this.timeout);
        this.pass();
      } catch (err) {
        this.fail(err);
      }
    }
    try {
      if (this.hooks.after.length > 0) await this.runHooks('after', this.ctx);
    } catch (err) {
      this.fail(err);
    }
    return this.finish();
  }

  // A suite whose callback or before hook failed: its tests are reported cancelled, unrun.
  cancelChildren() {
    for (let i = 0; i < this.subtests.length; i++) {
      const s = this.subtests[i];
      if (s.filtered || s.started) continue;
      s.started = true;
      s.emitInOrder('test:start', s.eventData());
      if (s.type === 'suite') s.cancelChildren();
      s.fail(new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                  kCancelledByParent));
      s.finish();
    }
  }
}

// Node runs a test body with `this` and the first argument both the context; a body taking a
// second parameter gets a `done` callback instead of returning a promise.
function callUserFn(fn, ctx, test) {
  if (fn.length < 2) return ReflectApply(fn, ctx, [ctx]);
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  let called = false;
  const done = (err) => {
    if (called) {
      test.harness.lateError(test, new ERR_TEST_FAILURE('callback invoked multiple times',
                                                      kMultipleCallbackInvocations));
      return;
    }
    called = true;
    if (err) reject(err);
    else resolve();
  };
  const result = ReflectApply(fn, ctx, [ctx, done]);
  if (result !== null && typeof result?.then === 'function') {
    PromisePrototypeThen(promise, undefined, () => {});
    throw new ERR_TEST_FAILURE('passed a callback but also returned a Promise', kCallbackAndPromisePresent);
  }
  return promise;
}

function noop() {}

module.exports = {
  Suite,
  SuiteContext,
  Test,
  TestContext,
  applyOnly,
  buildingSuiteRef,
  callerLocation,
  currentTest,
  kCancelledByParent,
  kHookFailure,
  kSubtestsFailed,
  kTestCodeFailure,
  kTestTimeoutFailure,
  kUncaughtException,
  kUnhandledRejection,
  normalizeArgs,
  fullName,
};
