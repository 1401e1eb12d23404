'use strict';
// emitter.listenerCount(type[, listener]) and the static events.listenerCount().
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

function a() {}
function b() {}
const e = new EventEmitter();
assert.strictEqual(e.listenerCount('x'), 0);
e.on('x', a);
assert.strictEqual(e.listenerCount('x'), 1);
assert.strictEqual(e.listenerCount('x', a), 1);
assert.strictEqual(e.listenerCount('x', b), 0);
e.once('x', a);
e.on('x', b);
assert.strictEqual(e.listenerCount('x'), 3);
assert.strictEqual(e.listenerCount('x', a), 2);      // once wrappers match their listener
assert.strictEqual(e.listenerCount('x', b), 1);
assert.strictEqual(e.listenerCount('x', () => {}), 0);
assert.strictEqual(e.listenerCount('x', null), 3);   // null/undefined: all of them
assert.strictEqual(e.listenerCount('x', undefined), 3);

e.once('y', b);
assert.strictEqual(e.listenerCount('y', b), 1);

const sym = Symbol('s');
e.on(sym, a);
assert.strictEqual(e.listenerCount(sym), 1);

// Static form (deprecated, still works, no warning).
process.on('warning', () => assert.fail('no warning expected'));
assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 3);
assert.strictEqual(EventEmitter.listenerCount(e, 'nope'), 0);
// It defers to the emitter's own listenerCount when there is one.
assert.strictEqual(EventEmitter.listenerCount({ listenerCount: (t) => `n:${t}` }, 'q'), 'n:q');

const bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.listenerCount('x'), 0);
