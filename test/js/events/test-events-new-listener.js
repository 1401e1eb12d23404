'use strict';
// The 'newListener' event.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
function l() {}
e.on('newListener', (type, listener) => seen.push([type, listener]));
assert.deepStrictEqual(seen, []);                   // not for itself
e.on('a', l);
e.once('b', l);
e.prependListener('c', l);
e.prependOnceListener('d', l);
e.on('newListener', l);                            // for a second newListener: yes
assert.deepStrictEqual(seen, [['a', l], ['b', l], ['c', l], ['d', l], ['newListener', l]]);

// A throwing newListener listener prevents the addition.
const e2 = new EventEmitter();
e2.on('newListener', (type) => {
  if (type === 'bad') throw new Error('refused');
});
assert.throws(() => e2.on('bad', l), /refused/);
assert.strictEqual(e2.listenerCount('bad'), 0);

// newListener is not emitted when nothing listens for it (no emit cost).
const e3 = new EventEmitter();
e3.emit = common.mustNotCall('emit');
e3.on('x', l);
