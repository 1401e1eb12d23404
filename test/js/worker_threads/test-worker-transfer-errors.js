'use strict';
// Transfer list mistakes are DataCloneErrors, thrown before anything is sent.
require('../../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(1);
assert.throws(() => port1.postMessage(ab, [ab, ab]), { name: 'DataCloneError' });
assert.strictEqual(ab.byteLength, 1);
assert.throws(() => port1.postMessage(1, [{}]), { name: 'DataCloneError' });
assert.throws(() => port1.postMessage(1, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
const other = new MessageChannel();
assert.throws(() => port1.postMessage({ p: other.port1 }), { name: 'DataCloneError' });
port1.close();
other.port1.close();
port2.close();
