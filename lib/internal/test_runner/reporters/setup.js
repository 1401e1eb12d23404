'use strict';
// Connects a harness to its reporters: --test-reporter / --test-reporter-destination pairs
// (spec to stdout by default), or, in a test file that `node4j --test` runs, the event
// serializer the parent reads.

const { ArrayPrototypePush } = primordials;

const { TestsStream } = require('internal/test_runner/tests_stream');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kBuiltinReporters = {
  __proto__: null,
  spec: 'internal/test_runner/reporters/spec',
  tap: 'internal/test_runner/reporters/tap',
  dot: 'internal/test_runner/reporters/dot',
  junit: 'internal/test_runner/reporters/junit',
  lcov: 'internal/test_runner/reporters/lcov',
};

function loadReporter(name) {
  const builtin = kBuiltinReporters[name];
  if (builtin !== undefined) return require(builtin);
  const { Module } = require('internal/modules/cjs/loader');
  const path = require('path');
  const base = path.join(process.cwd(), 'reporter-loader.js');
  const request = name.startsWith('.') ? path.resolve(process.cwd(), name) : name;
  const loaded = Module.createRequire(base)(request);
  return loaded?.default ?? loaded;
}

function destinationStream(dest) {
  if (dest === 'stdout') return process.stdout;
  if (dest === 'stderr') return process.stderr;
  const fs = require('fs');
  const path = require('path');
  const file = path.resolve(process.cwd(), dest);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return fs.createWriteStream(file);
}

// Streams a reporter's output (a Transform, a class of one, or an async generator function)
// into its destination.
function connect(source, reporter, destination) {
  const { Transform } = require('stream');
  if (typeof reporter === 'function' && reporter.prototype instanceof Transform) reporter = new reporter();
  if (reporter instanceof Transform || (typeof reporter?.pipe === 'function' && typeof reporter?.write === 'function')) {
    source.pipe(reporter);
    reporter.on('data', (chunk) => destination.write(chunk));
    if (destination !== process.stdout && destination !== process.stderr) reporter.on('end', () => destination.end());
    return;
  }
  if (typeof reporter !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporter, 'must be a stream or an async generator function');
  }
  (async () => {
    for await (const chunk of reporter(source)) destination.write(chunk);
    if (destination !== process.stdout && destination !== process.stderr) destination.end();
  })().catch((err) => process.nextTick(() => { throw err; }));
}

function attachReporters(harness, reporterNames, destinations) {
  if (process.env.NODE_TEST_CONTEXT === 'child-v8' && reporterNames === undefined) {
    const stream = new TestsStream();
    harness.addOutput(stream);
    const { serializeEvent } = require('internal/test_runner/serialize');
    stream.on('data', (event) => process.stdout.write(serializeEvent(event)));
    harness.childMode = true;
    return;
  }
  const { flagValues } = require('internal/test_runner/harness');
  const names = reporterNames ?? flagValues('--test-reporter');
  const dests = destinations ?? flagValues('--test-reporter-destination');
  if (names.length === 0) ArrayPrototypePush(names, 'spec');
  if (dests.length === 0 && names.length === 1) ArrayPrototypePush(dests, 'stdout');
  if (names.length !== dests.length) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', names, 'must match the number of specified \'--test-reporter-destination\'');
  }
  for (let i = 0; i < names.length; i++) {
    const stream = new TestsStream();
    harness.addOutput(stream);
    connect(stream, loadReporter(names[i]), destinationStream(dests[i]));
  }
}

module.exports = { attachReporters, connect, loadReporter };
