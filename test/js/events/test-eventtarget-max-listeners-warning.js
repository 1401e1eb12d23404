'use strict';
// An EventTarget warns once when a type gets more listeners than its limit.
const common = require('../../common');
const assert = require('assert');
const { setMaxListeners } = require('events');

const et = new EventTarget();
setMaxListeners(2, et);
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message, 'Possible EventTarget memory leak detected. 3 foo listeners ' +
    'added to EventTarget. MaxListeners is 2. Use events.setMaxListeners() to increase limit');
  assert.strictEqual(w.target, et);
  assert.strictEqual(w.type, 'foo');
  assert.strictEqual(w.count, 3);
  assert.deepStrictEqual(Object.keys(w), ['name', 'target', 'type', 'count']);
}));
et.addEventListener('foo', () => {});
et.addEventListener('foo', () => {});
et.addEventListener('foo', () => {});            // warns
et.addEventListener('foo', () => {});            // once per target
et.addEventListener('bar', () => {});
et.addEventListener('bar', () => {});
et.addEventListener('bar', () => {});            // the target already warned

// Duplicates do not count.
const d = new EventTarget();
setMaxListeners(1, d);
const f = () => {};
d.addEventListener('x', f);
d.addEventListener('x', f);

// 0 disables the warning.
const z = new EventTarget();
setMaxListeners(0, z);
for (let i = 0; i < 20; i++) z.addEventListener('x', () => {});
