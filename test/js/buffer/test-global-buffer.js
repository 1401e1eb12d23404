'use strict';
// The Buffer global is node:buffer's, non-enumerable, and replaceable by assignment.
require('../../common');
const assert = require('assert');

assert.ok(!Object.keys(globalThis).includes('Buffer'));
assert.strictEqual(Buffer, require('buffer').Buffer);
assert.strictEqual(typeof atob, 'function');
assert.strictEqual(atob, require('buffer').atob);
assert.strictEqual(btoa, require('buffer').btoa);
assert.strictEqual(Blob, require('buffer').Blob);
assert.strictEqual(File, require('buffer').File);
const original = globalThis.Buffer;
globalThis.Buffer = 42;
assert.strictEqual(globalThis.Buffer, 42);
assert.strictEqual(require('buffer').Buffer, original);
