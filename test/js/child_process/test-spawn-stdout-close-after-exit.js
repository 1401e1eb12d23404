'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// A reader that starts late still gets everything; 'close' waits for it.
const child = cp.spawn('sh', ['-c', 'echo late']);
child.on('exit', common.mustCall(() => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stdout.on('end', common.mustCall(() => assert.strictEqual(out, 'late\n')));
}));
child.on('close', common.mustCall());
