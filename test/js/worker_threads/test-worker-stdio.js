'use strict';
// With stdout/stderr: true the worker's output is readable from worker.stdout/stderr.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  console.log('hello from worker');
  process.stdout.write('line 2\\n');
  console.error('to stderr');
`, { eval: true, stdout: true, stderr: true });
let out = '';
let err = '';
w.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
w.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
w.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(out, 'hello from worker\nline 2\n');
}));
w.stderr.on('end', common.mustCall(() => {
  assert.strictEqual(err, 'to stderr\n');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
