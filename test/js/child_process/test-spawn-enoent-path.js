'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('/nonexistent/dir/prog');
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, '/nonexistent/dir/prog');
  assert.deepStrictEqual(err.spawnargs, []);
}));
