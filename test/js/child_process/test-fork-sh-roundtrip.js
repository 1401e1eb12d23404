'use strict';
// fork() with another execPath: the IPC channel is fd 3 (NODE_CHANNEL_FD) and carries one
// JSON line per message, so even a sh script can echo messages back.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const script = path.join(__dirname, '../../fixtures/child_process/ipc-echo.sh');
const child = cp.fork(script, ['one', 'two'], { execPath: '/bin/sh', execArgv: [], silent: true });
assert.deepStrictEqual(child.spawnargs, ['/bin/sh', script, 'one', 'two']);
assert.strictEqual(child.stdio.length, 4);
assert.strictEqual(child.stdio[3], null);
assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.channel, 'object');

const messages = [{ n: 1, s: 'x' }, 'text', [1, 2, { x: null }], 42, true];
const replies = [];
child.on('message', common.mustCall((m) => {
  replies.push(m);
  if (replies.length === messages.length) child.disconnect();
}, messages.length));
for (const m of messages) child.send(m, common.mustSucceed());
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('disconnect', common.mustCall(() => assert.strictEqual(child.channel, null)));
child.stdout.on('end', common.mustCall(() => assert.strictEqual(out, 'args: one two\nchannel closed\n')));
child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(replies, messages);
}));
