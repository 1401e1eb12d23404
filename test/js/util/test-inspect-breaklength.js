'use strict';
// util.inspect: breakLength decides when entries go on separate lines.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const obj = { alpha: 'aaaaaaaa', beta: 'bbbbbbbb', gamma: 'cccccccc', delta: 'dddddddd' };
const nested = { outer: { inner: { leaf: 'value' }, other: [1, 2, 3] }, tail: true };

assert.strictEqual(util.inspect(obj),
                   '{\n  alpha: \'aaaaaaaa\',\n  beta: \'bbbbbbbb\',\n  gamma: \'cccccccc\',\n  delta: \'dddddddd\'\n}');
assert.strictEqual(util.inspect(obj, { breakLength: 40 }),
                   '{\n  alpha: \'aaaaaaaa\',\n  beta: \'bbbbbbbb\',\n  gamma: \'cccccccc\',\n  delta: \'dddddddd\'\n}');
assert.strictEqual(util.inspect(obj, { breakLength: 20 }),
                   '{\n  alpha: \'aaaaaaaa\',\n  beta: \'bbbbbbbb\',\n  gamma: \'cccccccc\',\n  delta: \'dddddddd\'\n}');
assert.strictEqual(util.inspect(obj, { breakLength: 1 }),
                   '{\n  alpha: \'aaaaaaaa\',\n  beta: \'bbbbbbbb\',\n  gamma: \'cccccccc\',\n  delta: \'dddddddd\'\n}');
assert.strictEqual(util.inspect(obj, { breakLength: 200 }),
                   '{ alpha: \'aaaaaaaa\', beta: \'bbbbbbbb\', gamma: \'cccccccc\', delta: \'dddddddd\' }');
assert.strictEqual(util.inspect(obj, { breakLength: Infinity }),
                   '{ alpha: \'aaaaaaaa\', beta: \'bbbbbbbb\', gamma: \'cccccccc\', delta: \'dddddddd\' }');
assert.strictEqual(util.inspect(nested),
                   '{ outer: { inner: { leaf: \'value\' }, other: [ 1, 2, 3 ] }, tail: true }');
assert.strictEqual(util.inspect(nested, { breakLength: 30 }),
                   '{\n  outer: {\n    inner: { leaf: \'value\' },\n    other: [ 1, 2, 3 ]\n  },\n  tail: true\n}');
assert.strictEqual(util.inspect(nested, { breakLength: Infinity }),
                   '{ outer: { inner: { leaf: \'value\' }, other: [ 1, 2, 3 ] }, tail: true }');
assert.strictEqual(util.inspect([obj, obj]),
                   '[\n  {\n    alpha: \'aaaaaaaa\',\n    beta: \'bbbbbbbb\',\n    gamma: \'cccccccc\',\n    delta: \'dddddddd\'\n  },\n  {\n    alpha: \'aaaaaaaa\',\n    beta: \'bbbbbbbb\',\n    gamma: \'cccccccc\',\n    delta: \'dddddddd\'\n  }\n]');
assert.strictEqual(util.inspect([obj, obj], { breakLength: 200 }),
                   '[ { alpha: \'aaaaaaaa\', beta: \'bbbbbbbb\', gamma: \'cccccccc\', delta: \'dddddddd\' }, { alpha: \'aaaaaaaa\', beta: \'bbbbbbbb\', gamma: \'cccccccc\', delta: \'dddddddd\' } ]');
assert.strictEqual(util.inspect({ a: "x".repeat(70) }),
                   '{\n  a: \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
assert.strictEqual(util.inspect({ a: "x".repeat(71) }),
                   '{\n  a: \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
assert.strictEqual(util.inspect({ a: "x".repeat(72) }),
                   '{\n  a: \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
assert.strictEqual(util.inspect({ a: "x".repeat(66) }),
                   '{\n  a: \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
assert.strictEqual(util.inspect(["x".repeat(74)]),
                   '[\n  \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n]');
assert.strictEqual(util.inspect(["x".repeat(75)]),
                   '[\n  \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n]');
assert.strictEqual(util.inspect(["x".repeat(76)]),
                   '[\n  \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n]');
assert.strictEqual(util.inspect(new Map([["key1", "x".repeat(30)], ["key2", "y".repeat(30)]])),
                   'Map(2) {\n  \'key1\' => \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\',\n  \'key2\' => \'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\'\n}');
assert.strictEqual(util.inspect(new Set(["x".repeat(40), "y".repeat(40)])),
                   'Set(2) {\n  \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\',\n  \'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\'\n}');
