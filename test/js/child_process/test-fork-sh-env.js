'use strict';
// What fork tells the child: NODE_CHANNEL_FD and the serialization mode, in its environment.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');

const child = cp.fork('-c', ['echo "$NODE_CHANNEL_FD $NODE_CHANNEL_SERIALIZATION_MODE $X"'],
                      { execPath: '/bin/sh', execArgv: [], silent: true, env: { X: 'y' } });
let out = '';
child.stdout.on('data', (d) => { out += d; });
// 'close', not 'exit': the child's output may still be in flight when it exits
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, '3 json y\n');
}));
