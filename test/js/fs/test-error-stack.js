'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

// the stack starts at the public function, not at fs internals
try {
  fs.openSync(p('nope'));
  assert.fail('should throw');
} catch (err) {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], `Error: ENOENT: no such file or directory, open '${p('nope')}'`);
  assert.match(lines[1], /^ {4}at Object\.openSync \(node:fs:\d+:\d+\)$/);
  assert.match(lines[2], /test-error-stack\.js:\d+:\d+\)$/);
  assert.ok(err instanceof Error);
  assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
}
try {
  fs.renameSync(p('nope'), p('x'));
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  assert.match(err.stack.split('\n')[1], /at Object\.renameSync \(node:fs:/);
}
