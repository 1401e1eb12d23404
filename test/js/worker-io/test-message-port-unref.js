'use strict';
// An unref'd port (or BroadcastChannel) with listeners does not keep the process alive.
require('../../common');
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
port2.on('message', () => {});
port2.unref();
port1.postMessage('maybe never delivered');
const bc = new BroadcastChannel('test:unref');
bc.onmessage = () => {};
bc.unref();
// Reaching exit (rather than hanging) is the test.
process.on('exit', (code) => assert.strictEqual(code, 0));
