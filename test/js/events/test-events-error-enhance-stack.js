'use strict';
// An Error thrown for an unhandled 'error' event carries a hidden function that renders
// its stack plus where the event was emitted, used when it is printed as uncaught.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

class Foo extends EventEmitter {}

function check(emitter, ctorInfo) {
  const err = new Error('deep');
  const ownNamesBefore = Object.getOwnPropertyNames(err);
  function emitter1() { emitter.emit('error', err); }
  let thrown;
  try {
    emitter1();
  } catch (e) {
    thrown = e;
  }
  assert.strictEqual(thrown, err);
  assert.deepStrictEqual(Object.getOwnPropertyNames(err), ownNamesBefore);
  const symbols = Object.getOwnPropertySymbols(err);
  assert.strictEqual(symbols.length, 1);
  assert.strictEqual(symbols[0].description, 'kEnhanceStackBeforeInspector');
  const desc = Object.getOwnPropertyDescriptor(err, symbols[0]);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, 'bound enhanceStackTrace');
  const text = desc.value();
  assert.ok(text.startsWith(`${err.stack}\nEmitted 'error' event${ctorInfo} at:\n`), text);
  const emittedAt = text.slice(err.stack.length).split('\n');
  assert.match(emittedAt[2], /^ {4}at emitter1 \(.*test-events-error-enhance-stack\.js:\d+:\d+\)$/);
  // The stack itself is unchanged.
  assert.ok(!err.stack.includes('Emitted'));
}

check(new EventEmitter(), '');
check(new Foo(), ' on Foo instance');

// Non-errors get no such property (they are wrapped in ERR_UNHANDLED_ERROR).
try {
  new EventEmitter().emit('error', 'str');
} catch (e) {
  assert.deepStrictEqual(Object.getOwnPropertySymbols(e).filter((s) =>
    s.description === 'kEnhanceStackBeforeInspector'), []);
}

// A frozen error is thrown as it is.
const frozen = Object.freeze(new Error('frozen'));
assert.throws(() => new EventEmitter().emit('error', frozen), (e) => e === frozen);
