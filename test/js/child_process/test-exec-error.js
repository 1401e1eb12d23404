'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('echo out; echo bad >&2; exit 2', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo out; echo bad >&2; exit 2\nbad\n');
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo bad >&2; exit 2');
  assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'bad\n');
}));
