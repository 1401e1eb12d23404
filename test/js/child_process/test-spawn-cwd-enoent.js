'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'true'], { cwd: '/nonexistent/node4j/dir' });
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn sh');
}));
child.on('close', common.mustCall((code) => assert.strictEqual(code, -2)));
