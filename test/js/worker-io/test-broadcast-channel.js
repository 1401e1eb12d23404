'use strict';
// BroadcastChannel in one thread: every other open channel of the same name gets a clone,
// the sender does not, closed channels neither; posting on a closed one throws
// InvalidStateError; a channel keeps the loop alive until closed.
const common = require('../../common');
const assert = require('assert');
const util = require('util');

const a = new BroadcastChannel('test:bc');
const b = new BroadcastChannel('test:bc');
const c = new BroadcastChannel('test:bc');
const other = new BroadcastChannel('test:other');
assert.strictEqual(a.name, 'test:bc');
assert.strictEqual(util.inspect(a), "BroadcastChannel { name: 'test:bc', active: true }");
a.onmessage = common.mustNotCall();
other.onmessage = common.mustNotCall();
c.close();
assert.strictEqual(util.inspect(c), "BroadcastChannel { name: 'test:bc', active: false }");
c.onmessage = common.mustNotCall();
assert.throws(() => c.postMessage(1), { name: 'InvalidStateError' });

const payload = { list: [1, 2], set: new Set(['x']) };
b.onmessage = common.mustCall((event) => {
  assert.ok(event instanceof MessageEvent);
  assert.notStrictEqual(event.data, payload);
  assert.deepStrictEqual(event.data, payload);
  a.close();
  b.close();
  other.close();
});
a.postMessage(payload);
assert.throws(() => a.postMessage(() => {}), { name: 'DataCloneError' });
assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS' });
