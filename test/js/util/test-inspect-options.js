'use strict';
// util.inspect: legacy positional arguments, defaultOptions, option validation.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 0),
                   '{ a: [Object] }');
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, false, 3),
                   '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, false, null),
                   '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(util.inspect([1], false, undefined, true),
                   '[ \x1b[33m1\x1b[39m ]');
assert.strictEqual(util.inspect({ a: 1 }, true),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: 1 }, null),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: 1 }, "ignored"),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: 1 }, 5),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: 1 }, {}),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: 1 }, { unknown: 1 }),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: { b: {} } }, { depth: 0 }, 5),
                   '{ a: [Object] }');
assert.strictEqual(util.inspect([1, 2], { maxArrayLength: 1 }, 0, true),
                   '[ \x1b[33m1\x1b[39m, ... 1 more item ]');

// defaultOptions: a getter/setter pair on inspect.
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(util.inspect, 'defaultOptions').get, 'function');
assert.strictEqual(util.inspect.defaultOptions.depth, 2);
assert.strictEqual(util.inspect.defaultOptions.breakLength, 80);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = { depth: 0, compact: false };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{\n  a: [Object]\n}');
util.inspect.defaultOptions.depth = 1;
assert.strictEqual(util.inspect({ a: { b: { c: 1 } } }), '{\n  a: {\n    b: [Object]\n  }\n}');
util.inspect.defaultOptions = saved;
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
for (const bad of [null, 1, 'x', undefined]) {
  assert.throws(() => { util.inspect.defaultOptions = bad; }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => { util.inspect.defaultOptions = null; }, {
  message: 'The "options" argument must be of type object. Received null',
});
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.strictEqual(util.inspect.name, 'inspect');
assert.strictEqual(util.inspect.length, 2);
