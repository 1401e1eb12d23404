'use strict';
// Objects that refer to themselves, shared references and sparse/holey arrays survive
// v8.serialize/deserialize with their shape: one object stays one object.
const common = require('../../common');
const assert = require('assert');
const v8 = require('v8');

const a = { name: 'a' };
a.self = a;
const shared = { n: 1 };
const holder = { x: shared, y: shared, list: [shared, a] };
const back = v8.deserialize(v8.serialize(holder));
assert.strictEqual(back.x, back.y);
assert.strictEqual(back.list[0], back.x);
assert.strictEqual(back.list[1].self, back.list[1]);
assert.deepStrictEqual(back.x, { n: 1 });

const sparse = [];
sparse[5] = 'five';
sparse.extra = true;
const s = v8.deserialize(v8.serialize(sparse));
assert.strictEqual(s.length, 6);
assert.strictEqual(s[5], 'five');
assert.strictEqual(0 in s, false);
assert.strictEqual(s.extra, true);

const m = new Map();
m.set('me', m);
const mb = v8.deserialize(v8.serialize(m));
assert.strictEqual(mb.get('me'), mb);
common.mustCall()();
