'use strict';
// A transferred ArrayBuffer is detached in the sender and arrives whole; a copied one stays.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ moved, copied, view }) => {
    const sum = (u8) => u8.reduce((a, b) => a + b, 0);
    parentPort.postMessage([moved.byteLength, sum(new Uint8Array(moved)), copied.byteLength,
      view.constructor.name, view.byteOffset, Array.from(view)]);
    parentPort.close();
  });
`, { eval: true });
const moved = new Uint8Array([1, 2, 3, 4]).buffer;
const copied = new ArrayBuffer(8);
const view = new Uint16Array(new Uint16Array([5, 6, 7]).buffer, 2, 2);
w.postMessage({ moved, copied, view }, [moved]);
assert.strictEqual(moved.byteLength, 0);
assert.strictEqual(copied.byteLength, 8);
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, [4, 10, 8, 'Uint16Array', 2, [6, 7]]);
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
