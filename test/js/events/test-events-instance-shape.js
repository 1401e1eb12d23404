'use strict';
// An emitter's own fields and their util.inspect rendering.
require('../../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
assert.deepStrictEqual(Object.getOwnPropertySymbols(e).map(String),
                       ['Symbol(shapeMode)', 'Symbol(kCapture)']);
assert.strictEqual(Object.getPrototypeOf(e._events), null);
assert.strictEqual(e._eventsCount, 0);
assert.strictEqual(e._maxListeners, undefined);

assert.strictEqual(util.inspect(e),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  Symbol(shapeMode): false,\n' +
                   '  Symbol(kCapture): false\n' +
                   '}');

function a() {}
function b() {}
function c() {}
e.on('x', a);
e.on('x', b);
e.once('y', c);
assert.strictEqual(util.inspect(e._events),
                   '[Object: null prototype] {\n' +
                   '  x: [ [Function: a], [Function: b], Symbol(events.emitting): 0 ],\n' +
                   '  y: [Function: wrapper] { listener: [Function: c] }\n' +
                   '}');
assert.strictEqual(e._eventsCount, 2);

assert.strictEqual(util.inspect(new EventEmitter({ captureRejections: true })),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  Symbol(shapeMode): false,\n' +
                   '  Symbol(kCapture): true\n' +
                   '}');

class Foo extends EventEmitter {}
assert.match(util.inspect(new Foo()), /^Foo \{\n {2}_events/);
assert.strictEqual(util.inspect(new Foo(), { depth: -1 }), '[Foo]');

// The constructor ignores non-object options.
for (const opts of [undefined, null, 1, 'x', true, {}]) {
  assert.strictEqual(new EventEmitter(opts).listenerCount('x'), 0);
}
