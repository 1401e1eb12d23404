'use strict';
// The root of a program's tests: created by the first test()/describe() call, it starts the
// top-level tests once the entry module has run, finishes when the event loop drains
// (beforeExit), prints the summary through the reporters and sets the exit code.

const {
  ArrayPrototypePush,
  ArrayPrototypeSome,
  Number,
  RegExpPrototypeExec,
  StringPrototypeStartsWith,
  StringPrototypeSlice,
} = primordials;

const {
  Test,
  Suite,
  applyOnly,
  currentTest,
  buildingSuiteRef,
  kCancelledByParent,
  kTestTimeoutFailure,
  kUncaughtException,
  kUnhandledRejection,
} = require('internal/test_runner/test');
const { codes: { ERR_TEST_FAILURE, ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');

// --test-* flags as this process was started with them.
function flagValues(name) {
  const argv = process.execArgv;
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === name && i + 1 < argv.length) ArrayPrototypePush(out, argv[++i]);
    else if (StringPrototypeStartsWith(arg, `${name}=`)) ArrayPrototypePush(out, StringPrototypeSlice(arg, name.length + 1));
  }
  return out;
}

function hasFlag(name) {
  return process.execArgv.includes(name);
}

// A --test-name-pattern value: /re/flags or a plain regular expression source.
function toRegExp(pattern) {
  const m = RegExpPrototypeExec(/^\/(.*)\/([a-z]*)$/s, pattern);
  return m !== null ? new RegExp(m[1], m[2]) : new RegExp(pattern);
}

function patternsFrom(values) {
  if (values === undefined || values === null) return null;
  const list = Array.isArray(values) ? values : [values];
  if (list.length === 0) return null;
  return list.map((p) => (typeof p === 'string' ? toRegExp(p) : p));
}

class Harness {
  constructor(options = { __proto__: null }) {
    this.outputs = [];
    this.bootstrapped = false;
    this.concurrency = options.concurrency ?? 1;
    this.defaultTimeout = options.timeout ?? Infinity;
    this.namePatterns = options.namePatterns ?? null;
    this.skipPatterns = options.skipPatterns ?? null;
    this.only = options.only ?? false;
    this.updateSnapshots = options.updateSnapshots ?? false;
    this.counts = { __proto__: null, tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 };
    this.startTime = Number(process.hrtime.bigint()) / 1e6;
    this.finished = false;
    this.root = new Test({ name: '<root>', parent: null, harness: this });
    this.root.started = true;
    this.root.runOnlySubtests = this.only;
  }

  // Every event reaches each reporter's stream; the summary counts come from the same events.
  emit(type, data) {
    if (type === 'test:pass' || type === 'test:fail') this.count(type, data);
    const event = { __proto__: null, type, data };
    for (let i = 0; i < this.outputs.length; i++) this.outputs[i].pushEvent(event);
  }

  addOutput(stream) {
    ArrayPrototypePush(this.outputs, stream);
  }

  count(type, data) {
    // Any failure but a todo's fails the run, a suite's (an after hook) included.
    if (type === 'test:fail' && data.todo === undefined) this.failedAny = true;
    if (data.nesting === 0) this.counts.topLevel++;
    if (data.details?.type === 'suite') {
      this.counts.suites++;
      return;
    }
    this.counts.tests++;
    const failureType = data.details?.error?.failureType;
    if (data.skip !== undefined) this.counts.skipped++;
    else if (data.todo !== undefined) this.counts.todo++;
    else if (failureType === kCancelledByParent || failureType === kTestTimeoutFailure) this.counts.cancelled++;
    else if (type === 'test:pass') this.counts.passed++;
    else this.counts.failed++;
  }

  get success() {
    return this.failedAny !== true && this.counts.failed === 0;
  }

  // Name patterns: a test runs when its name (or its path of names) matches, or an ancestor's
  // did; a suite also runs for a matching descendant.
  nameMatches(test) {
    const path = [];
    for (let t = test; t.parent !== null; t = t.parent) path.unshift(t.name);
    const full = path.join(' ');
    const hit = (re) => { re.lastIndex = 0; if (RegExpPrototypeExec(re, test.name) !== null) return true; re.lastIndex = 0; return RegExpPrototypeExec(re, full) !== null; };
    if (this.skipPatterns !== null && ArrayPrototypeSome(this.skipPatterns, hit)) return 'skip';
    if (this.namePatterns === null) return true;
    if (test.parent.nameMatched === true && test.parent.parent !== null) return true;
    return ArrayPrototypeSome(this.namePatterns, hit);
  }

  filter(test) {
    if (this.namePatterns === null && this.skipPatterns === null) return;
    if (test.parent.type === 'suite' && test.parent.error !== null) return; // cancelled with it
    const m = this.nameMatches(test);
    if (m === 'skip') {
      test.filtered = true;
      return;
    }
    test.nameMatched = m;
    if (m) return;
    if (test.type === 'suite' && test.error === null) {
      test.filtered = !test.subtests.some((s) => !s.filtered);
    } else if (test.type === 'suite') {
      test.filtered = false;
    } else {
      test.filtered = true;
    }
  }

  internalError(err) {
    process.nextTick(() => { throw err; });
  }

  lateError(test, err) {
    ArrayPrototypePush(test.diagnostics, err.message);
  }

  bootstrap() {
    this.bootstrapped = true;
    applyOnly(this.root);
    this.root.processPending();
  }

  // The loop has drained: whatever has not finished never will (Node's message says so).
  async finishRoot() {
    if (this.finished) return;
    this.finished = true;
    cancelUnfinished(this.root);
    const root = this.root;
    try {
      if (root.hooks.after.length > 0) await root.runHooks('after', undefined);
    } catch (err) {
      this.emit('test:diagnostic', { __proto__: null, nesting: 0, message: `${err?.cause ?? err}` });
      process.exitCode = 1;
    }
    this.reportSummary();
    if (!this.success && (process.exitCode === undefined || process.exitCode === 0)) process.exitCode = 1;
  }

  reportSummary(file) {
    const c = this.counts;
    const duration = Number(process.hrtime.bigint()) / 1e6 - this.startTime;
    if (this.childMode) {
      // The runner that reads this file's events reports the summary.
      this.emit('test:summary', { __proto__: null, success: this.success, counts: { ...c }, duration_ms: duration, file });
      for (let i = 0; i < this.outputs.length; i++) this.outputs[i].endEvents();
      return;
    }
    if (c.topLevel > 0) this.emit('test:plan', { __proto__: null, nesting: 0, count: c.topLevel, file });
    const lines = [['tests', c.tests], ['suites', c.suites], ['pass', c.passed], ['fail', c.failed],
      ['cancelled', c.cancelled], ['skipped', c.skipped], ['todo', c.todo], ['duration_ms', duration]];
    for (let i = 0; i < lines.length; i++) {
      this.emit('test:diagnostic', { __proto__: null, nesting: 0, message: `${lines[i][0]} ${lines[i][1]}`, file });
    }
    this.emit('test:summary', {
      __proto__: null, success: this.success, counts: { ...c }, duration_ms: duration, file,
    });
    for (let i = 0; i < this.outputs.length; i++) this.outputs[i].endEvents();
  }
}

function cancelUnfinished(test) {
  for (let i = 0; i < test.subtests.length; i++) {
    const s = test.subtests[i];
    if (s.finished || s.filtered) continue;
    cancelUnfinished(s);
    if (s.started && !s.finished) {
      s.fail(new ERR_TEST_FAILURE('Promise resolution is still pending but the event loop has already resolved',
                                  kCancelledByParent));
      s.finish();
    }
  }
}

let harness = null;

// Flags node4j accepts but cannot honour: asking for them is an error, not a silent no-op.
function checkUnsupportedFlags() {
  if (hasFlag('--experimental-test-coverage')) {
    throw new ERR_NODE4J_UNSUPPORTED('--experimental-test-coverage (test coverage)');
  }
  for (const flag of ['--test-shard', '--test-global-setup', '--test-force-exit']) {
    if (hasFlag(flag) || flagValues(flag).length > 0) throw new ERR_NODE4J_UNSUPPORTED(flag);
  }
  const isolation = flagValues('--test-isolation');
  if (isolation.includes('none') || hasFlag('--experimental-test-isolation')) {
    throw new ERR_NODE4J_UNSUPPORTED('--test-isolation=none');
  }
}

function readOptionsFromFlags() {
  const timeout = flagValues('--test-timeout');
  checkUnsupportedFlags();
  return {
    __proto__: null,
    namePatterns: patternsFrom(flagValues('--test-name-pattern')),
    skipPatterns: patternsFrom(flagValues('--test-skip-pattern')),
    only: hasFlag('--test-only'),
    timeout: timeout.length > 0 ? Number(timeout[timeout.length - 1]) || Infinity : Infinity,
    updateSnapshots: hasFlag('--test-update-snapshots'),
  };
}

function getHarness() {
  if (harness !== null) return harness;
  harness = new Harness(readOptionsFromFlags());
  const h = harness;
  require('internal/test_runner/reporters/setup').attachReporters(h);
  process.on('beforeExit', () => { h.finishRoot(); });
  process.on('uncaughtException', (err) => routeUncaught(h, err, kUncaughtException));
  process.on('unhandledRejection', (err) => routeUncaught(h, err, kUnhandledRejection));
  process.nextTick(() => h.bootstrap());
  return h;
}

// An error thrown outside any test's promise chain fails the test that was running.
function routeUncaught(h, err, failureType) {
  let test = currentTest.getStore();
  if (test === undefined || test.finished || test.type === 'suite') test = deepestRunning(h.root);
  if (test === null) {
    h.emit('test:diagnostic', { __proto__: null, nesting: 0, message: `Error: ${err?.message ?? err}` });
    h.counts.failed++;
    return;
  }
  test.fail(new ERR_TEST_FAILURE(err, failureType));
  test.interrupt?.();
}

function deepestRunning(test) {
  for (let i = test.subtests.length - 1; i >= 0; i--) {
    const s = test.subtests[i];
    if (s.started && !s.finished) return deepestRunning(s) ?? s;
  }
  return null;
}

// The parent a test()/describe() call adds to: the suite being built, the running test, or root.
function currentParent(h) {
  const building = buildingSuiteRef();
  if (building !== null) return building;
  const running = currentTest.getStore();
  if (running !== undefined && !running.finished && running.harness === h) return running;
  return h.root;
}

function createTest(Factory, caller, extra) {
  return function(name, options, fn) {
    const h = getHarness();
    const parent = currentParent(h);
    const sub = parent.createSubtest(Factory, name, options, fn, caller ?? this?.caller, extra);
    if (parent.type === 'suite' && !parent.started) return PromiseResolveVoid();
    if (parent !== h.root) parent.countAssertion();
    return sub.start();
  };
}

function PromiseResolveVoid() {
  return Promise.resolve();
}

function hook(type) {
  return function(fn, options) {
    const h = getHarness();
    currentParent(h).createHook(type, fn, options);
  };
}

module.exports = {
  Harness,
  checkUnsupportedFlags,
  Suite,
  Test,
  createTest,
  flagValues,
  getHarness,
  hasFlag,
  hook,
  patternsFrom,
};
