'use strict';
// markAsUntransferable / markAsUncloneable, and what cannot be cloned at all.
require('../../common');
const assert = require('assert');
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(4);
assert.strictEqual(isMarkedAsUntransferable(ab), false);
markAsUntransferable(ab);
assert.strictEqual(isMarkedAsUntransferable(ab), true);
assert.throws(() => port1.postMessage(ab, [ab]), { name: 'DataCloneError' });
assert.strictEqual(ab.byteLength, 4);
const secret = {};
markAsUncloneable(secret);
assert.throws(() => port1.postMessage({ secret }), { name: 'DataCloneError' });
assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError' });
assert.throws(() => port1.postMessage(Symbol('s')), { name: 'DataCloneError' });
assert.throws(() => port1.postMessage(port1, [port1]), { name: 'DataCloneError' });
port1.close();
port2.close();
