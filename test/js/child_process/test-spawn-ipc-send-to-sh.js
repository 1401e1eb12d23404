'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// What we send arrives as one JSON line per message.
const child = cp.spawn('sh', ['-c', 'head -n 2 <&3'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.send({ a: [1, 'two', null] }, common.mustSucceed());
assert.strictEqual(child.send('text'), true);
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, '{"a":[1,"two",null]}\n"text"\n');
}));
