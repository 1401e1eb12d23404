'use strict';
// timeout: 400
// A forked node child and the parent exchange JSON messages both ways over the IPC channel;
// silent: its stderr is a pipe to the parent; the child disconnects (a parent's disconnect()
// would do, but then Node never emits 'close': nodejs/node#19433) and its exit code comes back.
// The child is a whole new runtime (a JVM under node4j: 5-60 s to start on a loaded machine),
// so nothing here is timed.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const child = cp.fork(path.join(__dirname, '../../fixtures/child_process/ipc-echo.js'), ['arg1'], { silent: true });
assert.strictEqual(child.connected, true);
const messages = [{ n: 1 }, 'text', [1, 2, { x: null }], { nested: { deep: [true, false] } }];
const replies = [];
child.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m.argv, ['arg1']);
  assert.strictEqual(m.connected, true);
  assert.strictEqual(m.channel, 'object');
  assert.strictEqual(m.envFd, undefined);
  replies.push(m.echo);
  if (replies.length === messages.length) child.send('bye');
}, messages.length));
for (const m of messages) child.send(m, common.mustSucceed());
let err = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('data', common.mustNotCall());
child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 4);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 4);
  assert.deepStrictEqual(replies, messages);
  assert.strictEqual(err, 'child stderr\n');
}));
