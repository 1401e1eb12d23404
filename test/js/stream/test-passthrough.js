'use strict';
// PassThrough hands chunks on unchanged; callable without new.
const common = require('../../common');
const assert = require('assert');
const { PassThrough, Transform } = require('stream');

const p = PassThrough({ objectMode: true });
assert.ok(p instanceof PassThrough);
assert.ok(p instanceof Transform);
const got = [];
p.on('data', (x) => got.push(x));
p.on('end', common.mustCall(() => assert.deepStrictEqual(got, [1, { a: 2 }, 'three'])));
p.write(1);
p.write({ a: 2 });
p.end('three');
