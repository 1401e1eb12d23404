'use strict';
// duplexPair(): what one side writes, the other reads.
const common = require('../../common');
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

const [a, b] = duplexPair({ objectMode: true });
assert.ok(a instanceof Duplex);
assert.strictEqual(b.readableObjectMode, true);
const fromA = [];
const fromB = [];
b.on('data', (x) => fromA.push(x));
a.on('data', (x) => fromB.push(x));
a.write('hello');
b.write('world');
a.end();
b.end();
b.on('end', common.mustCall());
a.on('end', common.mustCall());
let closed = 0;
const onClose = common.mustCall(() => {
  if (++closed === 2) {
    assert.deepStrictEqual(fromA, ['hello']);
    assert.deepStrictEqual(fromB, ['world']);
  }
}, 2);
a.on('close', onClose);
b.on('close', onClose);
