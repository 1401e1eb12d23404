'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'cat <&3 >/dev/null'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
assert.throws(() => child.send(), { code: 'ERR_MISSING_ARGS' });
child.disconnect();
assert.strictEqual(child.connected, false);
child.send('late', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(err.message, 'Channel closed');
}));
child.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED')));
child.disconnect();
