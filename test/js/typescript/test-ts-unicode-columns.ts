// Columns after non-ASCII text and erased types stay exact.
const assert = require('assert');
const label: string = 'héllo wörld ✓'; const e: Error = new Error('x');
assert.match(e.stack as string, /test-ts-unicode-columns\.ts:3:57\)/);
assert.strictEqual(label.length, 13);
