// Erasing a declaration must not join the statements around it.
const assert = require('assert');
let calls = 0;
const f = () => { calls++; };
let x = 1
interface Gap { g: number }
;(f)()
assert.strictEqual(calls, 1);
assert.strictEqual(x, 1);
