'use strict';
// Object mode counts items: push() returns false from the 16th item on.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
assert.strictEqual(r.readableHighWaterMark, 16);
assert.strictEqual(r.readableObjectMode, true);
const rets = [];
for (let i = 0; i < 18; i++) rets.push(r.push({ i }));
assert.deepStrictEqual(rets, [...Array(15).fill(true), false, false, false]);
assert.strictEqual(r.readableLength, 18);
// Falsy values are fine in object mode.
const r2 = new Readable({ objectMode: true, read() {} });
r2.push(0);
r2.push('');
r2.push(false);
r2.push(null);
const items = [];
r2.on('data', (x) => items.push(x));
r2.on('end', common.mustCall(() => assert.deepStrictEqual(items, [0, '', false])));
