'use strict';
// Class instances clone as plain objects of their own enumerable properties; getters on the
// prototype and non-enumerable properties are left behind.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
}
const p = new Point();
Object.defineProperty(p, 'hidden', { value: 3, enumerable: false });
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (v) => {
    parentPort.postMessage([Object.getPrototypeOf(v) === Object.prototype, Object.keys(v), v.sum]);
    parentPort.close();
  });
`, { eval: true });
w.postMessage(p);
w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [true, ['x', 'y'], undefined])));
