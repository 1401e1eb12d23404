'use strict';
// util.inspect: Symbol.toStringTag in class names and prefixes.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
class SameTag { get [Symbol.toStringTag]() { return 'SameTag'; } }
class EmptyTag { get [Symbol.toStringTag]() { return ''; } }
class NonString { get [Symbol.toStringTag]() { return 42; } }
const ownTag = { [Symbol.toStringTag]: 'OwnEnumerable' };
const hiddenTag = Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' });
const tagWithProps = Object.assign(new Tagged(), { x: 1 });

assert.strictEqual(util.inspect(new Tagged()),
                   'Tagged [Custom] {}');
assert.strictEqual(util.inspect(new SameTag()),
                   'SameTag {}');
assert.strictEqual(util.inspect(new EmptyTag()),
                   'EmptyTag {}');
assert.strictEqual(util.inspect(new NonString()),
                   'NonString {}');
assert.strictEqual(util.inspect(ownTag),
                   '{ Symbol(Symbol.toStringTag): \'OwnEnumerable\' }');
assert.strictEqual(util.inspect(hiddenTag),
                   'Object [Hidden] { a: 1 }');
assert.strictEqual(util.inspect(tagWithProps),
                   'Tagged [Custom] { x: 1 }');
assert.strictEqual(util.inspect(Object.defineProperty(new Map([[1, 2]]), Symbol.toStringTag, { value: "MapTag" })),
                   'Map(1) [MapTag] { 1 => 2 }');
assert.strictEqual(util.inspect(Object.defineProperty([1], Symbol.toStringTag, { value: "ArrTag" })),
                   'Array(1) [ArrTag] [ 1 ]');
assert.strictEqual(util.inspect(Object.defineProperty(function f() {}, Symbol.toStringTag, { value: "FnTag" })),
                   '[Function: f] [FnTag]');
assert.strictEqual(util.inspect(hiddenTag, { showHidden: true }),
                   '{ a: 1, [Symbol(Symbol.toStringTag)]: \'Hidden\' }');
assert.strictEqual(util.inspect(Object.create(null, { [Symbol.toStringTag]: { value: "NP" } })),
                   '[Object: null prototype] [NP] {}');
assert.strictEqual(util.inspect(Math),
                   'Object [Math] {}');
assert.strictEqual(util.inspect(JSON),
                   'Object [JSON] {}');
assert.strictEqual(util.inspect(Reflect),
                   'Object [Reflect] {}');
assert.strictEqual(util.inspect(globalThis.Atomics ? Atomics : Math),
                   'Object [Atomics] {}');
assert.strictEqual(util.inspect(Intl),
                   'Object [Intl] {}');
