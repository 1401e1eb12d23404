'use strict';
// An emitter whose subclass presets _events (as streams do) keeps those keys in place:
// removed listeners leave `undefined` instead of deleting the key.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

function Preset() {
  this._events = { close: undefined, error: undefined, data: undefined };
  EventEmitter.call(this);
}
Object.setPrototypeOf(Preset.prototype, EventEmitter.prototype);

const shapeMode = (o) => o[Object.getOwnPropertySymbols(o).find((s) => s.description === 'shapeMode')];

const p = new Preset();
assert.strictEqual(shapeMode(p), true);
assert.strictEqual(p._eventsCount, 0);
assert.strictEqual(Object.getPrototypeOf(p._events), Object.prototype);   // kept as given
assert.deepStrictEqual(p.eventNames(), []);

function f() {}
p.on('data', f);
assert.strictEqual(p._eventsCount, 1);
assert.deepStrictEqual(p.eventNames(), ['data']);
p.on('foo', f);
p.removeListener('foo', f);
assert.deepStrictEqual(Object.keys(p._events), ['close', 'error', 'data', 'foo']);
assert.strictEqual(p._events.foo, undefined);
p.removeListener('data', f);
assert.strictEqual(p._eventsCount, 0);
assert.deepStrictEqual(Object.keys(p._events), ['close', 'error', 'data', 'foo']);
assert.deepStrictEqual(p.eventNames(), []);

// removeAllListeners() resets to a fresh null-prototype object and leaves shape mode.
p.on('data', f);
p.removeAllListeners();
assert.strictEqual(Object.getPrototypeOf(p._events), null);
assert.strictEqual(shapeMode(p), false);
p.on('x', f);
p.on('y', f);
p.removeListener('x', f);
assert.deepStrictEqual(Object.keys(p._events), ['y']);

// removeAllListeners(type) deletes the key.
const q = new Preset();
q.on('data', f);
q.on('bar', f);
q.removeAllListeners('bar');
assert.deepStrictEqual(Object.keys(q._events), ['close', 'error', 'data']);
assert.strictEqual(shapeMode(q), false);

// A plain emitter is not in shape mode; inheriting the prototype's _events does not count.
assert.strictEqual(shapeMode(new EventEmitter()), false);
const o = Object.create(EventEmitter.prototype);
EventEmitter.call(o);
assert.strictEqual(shapeMode(o), false);
assert.strictEqual(Object.getPrototypeOf(o._events), null);
