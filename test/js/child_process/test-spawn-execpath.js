'use strict';
// timeout: 400
// process.execPath runs this runtime again: a script with arguments, its stdout and stderr
// through pipes, and its exit code. (A new JVM under node4j: nothing here is timed.)
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const script = path.join(__dirname, '../../fixtures/child_process/print-exit.js');
const child = cp.spawn(process.execPath, [script, 'a', 'b']);
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('spawn', common.mustCall(() => assert.strictEqual(typeof child.pid, 'number')));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 5);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'from child a,b\n');
  assert.strictEqual(err, 'child stderr\n');
}));
