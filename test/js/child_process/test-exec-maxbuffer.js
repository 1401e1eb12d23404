'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('printf 0123456789abcdef', { maxBuffer: 10 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout, '0123456789');
}));
cp.exec('printf 0123456789abcdef >&2', { maxBuffer: 4 }, common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
  assert.strictEqual(stderr, '0123');
}));
