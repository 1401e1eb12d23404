'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo to-err >&2; exit 1']);
let err = '';
child.stderr.on('data', (d) => { err += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  assert.strictEqual(err, 'to-err\n');
}));
