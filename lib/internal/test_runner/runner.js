'use strict';
// `node4j --test [patterns]` and run() of node:test: finds the test files as Node 24 does and
// runs each in a fresh runtime of this JVM (Node: a child process each; node4j has no
// child_process here, and a runtime per file gives the same isolation: own globals, module
// cache and process object). Each file's events arrive serialized on its stdout and are
// reported in file order.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  MathMax,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NODE4J_UNSUPPORTED, ERR_TEST_FAILURE },
} = require('internal/errors');

// Node 24's default patterns (type stripping is on, so TypeScript files count too).
const kExtensions = '{cjs,mjs,js,cts,mts,ts}';
const kDefaultPatterns = [
  `**/*.test.${kExtensions}`,
  `**/*-test.${kExtensions}`,
  `**/*_test.${kExtensions}`,
  `**/test-*.${kExtensions}`,
  `**/test.${kExtensions}`,
  `**/test/**/*.${kExtensions}`,
];

// Flags of the runner itself, which the test files' runtimes do not get.
const kRunnerFlags = new SafeSet(['--test', '--test-reporter', '--test-reporter-destination',
  '--test-concurrency', '--watch', '--test-isolation', '--experimental-test-coverage',
  '--test-shard', '--test-global-setup']);
const kRunnerFlagsWithValue = new SafeSet(['--test-reporter', '--test-reporter-destination',
  '--test-concurrency', '--test-isolation', '--test-shard', '--test-global-setup']);

function isGlob(pattern) {
  return RegExpPrototypeExec(/[*?[\]{}!()]/, pattern) !== null;
}

// The files the patterns name, sorted as Node lists them; node_modules only when a pattern
// says so.
function discoverFiles(patterns, cwd) {
  const fs = require('fs');
  const path = require('path');
  const { matchGlobPattern } = require('internal/fs/glob_match');
  const list = patterns.length > 0 ? patterns : kDefaultPatterns;
  const out = [];
  const seen = new SafeSet();
  const add = (file) => {
    if (!seen.has(file)) {
      seen.add(file);
      ArrayPrototypePush(out, file);
    }
  };
  const globs = [];
  for (let i = 0; i < list.length; i++) {
    if (isGlob(list[i])) ArrayPrototypePush(globs, list[i]);
    else add(path.resolve(cwd, list[i]));
  }
  if (globs.length > 0) {
    const found = [];
    const walk = (dir, rel) => {
      let entries;
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const relPath = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
          if (e.name === 'node_modules' && !globs.some((g) => StringPrototypeIncludes(g, 'node_modules'))) continue;
          if (e.name === '.git') continue;
          walk(path.join(dir, e.name), relPath);
        } else if (globs.some((g) => matchGlobPattern(relPath, g, false) ||
                   (path.isAbsolute(g) && matchGlobPattern(path.join(cwd, relPath), g, false)))) {
          ArrayPrototypePush(found, relPath);
        }
      }
    };
    walk(cwd, '');
    ArrayPrototypeSort(found, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 0; i < found.length; i++) add(path.join(cwd, found[i]));
  }
  return out;
}

function childExecArgv(execArgv) {
  const out = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? StringPrototypeSlice(arg, 0, eq) : arg;
    if (kRunnerFlags.has(name)) {
      if (eq < 0 && kRunnerFlagsWithValue.has(name)) i++;
      continue;
    }
    ArrayPrototypePush(out, arg);
  }
  return out;
}

function childEnv() {
  const env = [];
  for (const key of Object.keys(process.env)) {
    if (key === 'NODE_TEST_CONTEXT') continue;
    ArrayPrototypePush(env, key, `${process.env[key]}`);
  }
  ArrayPrototypePush(env, 'NODE_TEST_CONTEXT', 'child-v8');
  return env;
}

// Runs the files (up to `concurrency` at once) and reports their events in file order.
function runFiles(harness, files, options) {
  const { parseLine } = require('internal/test_runner/serialize');
  const path = require('path');
  const binding = internalBinding('test_runner');
  const env = childEnv();
  const states = files.map((file, index) => ({ file, index, events: [], done: false, live: false }));
  let current = 0;
  let topLevel = 0;
  const emit = (state, type, data) => {
    if (state.live) deliver(type, data);
    else ArrayPrototypePush(state.events, { type, data });
  };
  // Top-level tests are numbered across files; a file reported as a test of its own keeps
  // its file's position, as Node numbers it.
  const deliver = (type, data) => {
    if ((type === 'test:pass' || type === 'test:fail') && data.nesting === 0) {
      topLevel++;
      data.testNumber = data.fileIndex ?? topLevel;
      delete data.fileIndex;
    }
    harness.emit(type, data);
  };
  const advance = () => {
    while (current < states.length) {
      const s = states[current];
      if (!s.live) {
        s.live = true;
        for (let i = 0; i < s.events.length; i++) deliver(s.events[i].type, s.events[i].data);
        s.events = [];
      }
      if (!s.done) return;
      current++;
    }
  };
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const startMore = () => {
      while (running < options.concurrency && next < states.length) {
        startFile(states[next++]);
        running++;
      }
      if (running === 0 && next >= states.length) resolve();
    };
    const startFile = (state) => {
      const start = Number(process.hrtime.bigint()) / 1e6;
      let reportedTests = 0;
      let reportedFailures = 0;
      const pending = ['', '', ''];
      const onLine = (fd, line) => {
        const event = fd === 1 ? parseLine(line) : null;
        if (event === null) {
          emit(state, fd === 1 ? 'test:stdout' : 'test:stderr', { __proto__: null, nesting: 0, file: state.file, message: `${line}\n` });
          return;
        }
        if (event.type === 'test:summary') return;
        if (event.type === 'test:pass' || event.type === 'test:fail') {
          reportedTests++;
          if (event.type === 'test:fail') reportedFailures++;
        }
        emit(state, event.type, event.data);
      };
      const onOutput = (fd, text) => {
        const lines = StringPrototypeSplit(pending[fd] + text, '\n');
        pending[fd] = lines.pop();
        for (let i = 0; i < lines.length; i++) onLine(fd, lines[i]);
      };
      const onExit = (code) => {
        for (const fd of [1, 2]) if (pending[fd] !== '') onLine(fd, pending[fd]);
        if ((code !== 0 && reportedFailures === 0) || reportedTests === 0) {
          const name = options.names?.[state.index] ?? path.relative(options.cwd, state.file);
          const data = { __proto__: null, name, nesting: 0, file: state.file, line: 1, column: 1 };
          const fileIndex = state.index + 1;
          const details = { __proto__: null, duration_ms: Number(process.hrtime.bigint()) / 1e6 - start, type: 'test' };
          emit(state, 'test:start', { ...data });
          if (code === 0) {
            emit(state, 'test:pass', { ...data, details, fileIndex });
          } else {
            details.error = new ERR_TEST_FAILURE('test failed', 'testCodeFailure');
            details.error.exitCode = code;
            details.error.signal = null;
            emit(state, 'test:fail', { ...data, details, fileIndex });
          }
        }
        state.done = true;
        running--;
        advance();
        startMore();
      };
      binding.runFile(state.file, options.execArgv, env, options.cwd, onOutput, onExit);
    };
    advance();
    startMore();
  });
}

function defaultConcurrency() {
  return MathMax(require('os').availableParallelism() - 1, 1);
}

function runFromCommandLine(patterns) {
  const { Harness, checkUnsupportedFlags, flagValues, patternsFrom } = require('internal/test_runner/harness');
  const { attachReporters } = require('internal/test_runner/reporters/setup');
  checkUnsupportedFlags();
  const concurrencyFlag = flagValues('--test-concurrency');
  const concurrency = concurrencyFlag.length > 0 ? MathMax(1, Number(concurrencyFlag[concurrencyFlag.length - 1]) || 1) :
    defaultConcurrency();
  const harness = new Harness({ __proto__: null, namePatterns: patternsFrom(flagValues('--test-name-pattern')) });
  attachReporters(harness);
  const cwd = process.cwd();
  const files = discoverFiles(patterns, cwd);
  const done = runFiles(harness, files, { concurrency, cwd, execArgv: childExecArgv(process.execArgv) });
  done.then(() => {
    harness.reportSummary();
    if (!harness.success) process.exitCode = 1;
  });
}

function run(options = { __proto__: null }) {
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { Harness } = require('internal/test_runner/harness');
  const { TestsStream } = require('internal/test_runner/tests_stream');
  if (options.watch) throw new ERR_NODE4J_UNSUPPORTED('run({ watch: true })');
  if (options.coverage) throw new ERR_NODE4J_UNSUPPORTED('run({ coverage: true })');
  if (options.isolation === 'none') throw new ERR_NODE4J_UNSUPPORTED("run({ isolation: 'none' })");
  if (options.shard !== undefined) throw new ERR_NODE4J_UNSUPPORTED('run({ shard })');
  if (options.globalSetupPath !== undefined) throw new ERR_NODE4J_UNSUPPORTED('run({ globalSetupPath })');
  const cwd = options.cwd ?? process.cwd();
  let files = options.files;
  if (files !== undefined && !Array.isArray(files)) throw new ERR_INVALID_ARG_TYPE('options.files', 'Array', files);
  const path = require('path');
  // Explicit files keep the names they were given (a file without tests is reported by it).
  const names = files !== undefined ? files.map((f) => `${f}`) : undefined;
  files = files !== undefined ? files.map((f) => path.resolve(cwd, f)) : discoverFiles(options.globPatterns ?? [], cwd);
  let concurrency = options.concurrency;
  if (concurrency === true) concurrency = defaultConcurrency();
  else if (typeof concurrency !== 'number' || concurrency < 1) concurrency = 1;
  const execArgv = [...(options.execArgv ?? [])];
  const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  for (const p of asArray(options.testNamePatterns)) ArrayPrototypePush(execArgv, `--test-name-pattern=${p instanceof RegExp ? `${p}` : p}`);
  for (const p of asArray(options.testSkipPatterns)) ArrayPrototypePush(execArgv, `--test-skip-pattern=${p instanceof RegExp ? `${p}` : p}`);
  if (options.only) ArrayPrototypePush(execArgv, '--test-only');
  if (options.timeout !== undefined && options.timeout !== Infinity) ArrayPrototypePush(execArgv, `--test-timeout=${options.timeout}`);
  if (options.updateSnapshots) ArrayPrototypePush(execArgv, '--test-update-snapshots');
  const harness = new Harness({ __proto__: null });
  const stream = new TestsStream();
  harness.addOutput(stream);
  if (typeof options.setup === 'function') options.setup(stream);
  const signal = options.signal;
  process.nextTick(() => {
    if (signal?.aborted) {
      harness.reportSummary();
      return;
    }
    runFiles(harness, files, { concurrency, cwd, execArgv, names }).then(() => harness.reportSummary());
  });
  return stream;
}

module.exports = { discoverFiles, run, runFromCommandLine };
