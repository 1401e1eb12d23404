'use strict';
// TextEncoder/TextDecoder are lazy, non-enumerable, writable globals, shared with node:util.
require('../../common');
const assert = require('assert');

for (const name of ['TextEncoder', 'TextDecoder']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(d.configurable, true, name);
  assert.strictEqual(typeof globalThis[name], 'function');
  assert.strictEqual(require('util')[name], globalThis[name]);
  assert.ok(!Object.keys(globalThis).includes(name));
}
const round = new TextDecoder().decode(new TextEncoder().encode('h\u00e9\u20ac\ud83d\ude00'));
assert.strictEqual(round, 'h\u00e9\u20ac\ud83d\ude00');
globalThis.TextEncoder = 1;
assert.strictEqual(globalThis.TextEncoder, 1);
