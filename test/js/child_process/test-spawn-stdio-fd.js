'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'n4j-cp-'));
const file = path.join(tmp, 'out.txt');
const fd = fs.openSync(file, 'w');
const child = cp.spawn('echo', ['into a file'], { stdio: ['ignore', fd, 'ignore'] });
assert.strictEqual(child.stdout, null);
child.on('close', common.mustCall((code) => {
  fs.closeSync(fd);
  assert.strictEqual(code, 0);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'into a file\n');
  fs.rmSync(tmp, { recursive: true });
}));
