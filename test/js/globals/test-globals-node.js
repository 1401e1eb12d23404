'use strict';
const assert = require('assert');
assert.strictEqual(global, globalThis);
assert.strictEqual(globalThis.process, process);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
  'clearImmediate', 'queueMicrotask', 'console', 'global']) {
  assert.ok(name in globalThis, name);
}
const d = (n) => Object.getOwnPropertyDescriptor(globalThis, n);
assert.strictEqual(d('global').enumerable, true);
assert.strictEqual(d('process').enumerable, false);
assert.strictEqual(d('console').enumerable, false);
assert.strictEqual(typeof setTimeout, 'function');
assert.strictEqual(setTimeout, require('timers').setTimeout);
// Globals can be replaced by user code.
const orig = globalThis.setImmediate;
globalThis.setImmediate = 1;
assert.strictEqual(setImmediate, 1);
globalThis.setImmediate = orig;
