'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: highWaterMark, size functions shared
// across instances, init validation; a byte-length strategy sizes a readable's queue.
const common = require('../../common');
const assert = require('assert');
const { ByteLengthQueuingStrategy, CountQueuingStrategy, ReadableStream } = require('stream/web');

const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
assert.strictEqual(b.highWaterMark, 16);
assert.strictEqual(b.size(new Uint8Array(7)), 7);
assert.strictEqual(b.size, new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
const c = new CountQueuingStrategy({ highWaterMark: 4 });
assert.strictEqual(c.highWaterMark, 4);
assert.strictEqual(c.size('anything'), 1);
assert.strictEqual(c.size.name, 'size');
assert.throws(() => new CountQueuingStrategy(), TypeError);
assert.throws(() => new CountQueuingStrategy({}), TypeError);
assert.strictEqual(Object.prototype.toString.call(c), '[object CountQueuingStrategy]');

let ctl;
new ReadableStream({ start(controller) { ctl = controller; } }, b);
assert.strictEqual(ctl.desiredSize, 16);
ctl.enqueue(new Uint8Array(10));
assert.strictEqual(ctl.desiredSize, 6);
assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), RangeError);
assert.throws(() => new ReadableStream({}, { size: 5 }), TypeError);
common.mustCall()();
