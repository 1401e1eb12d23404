'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// An 'ipc' slot is a socket the child can write Node's JSON lines to, even from sh.
const child = cp.spawn('sh', ['-c', 'printf \'{"from":"sh"}\\n\' >&3; sleep 0.3; cat <&3 >/dev/null'],
                       { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.send, 'function');
child.on('message', common.mustCall((msg) => {
  assert.deepStrictEqual(msg, { from: 'sh' });
  child.disconnect();
}));
child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
