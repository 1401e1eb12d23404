'use strict';
// util.inspect: promise states (pending, fulfilled, rejected), nesting, subclasses.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const rejected = Promise.reject(new Error('no')); rejected.catch(() => {});
rejected.catch(() => {});
const rejectedPlain = Promise.reject(3); rejectedPlain.catch(() => {});
class MyPromise extends Promise {}
const withProp = Promise.resolve(1); withProp.extra = true;
const err = new Error('no'); err.stack = 'Error: no\n    at x (/app/x.js:1:1)';
const rejectedErr = Promise.reject(err); rejectedErr.catch(() => {});

assert.strictEqual(util.inspect(Promise.resolve(1)),
                   'Promise { 1 }');
assert.strictEqual(util.inspect(Promise.resolve()),
                   'Promise { undefined }');
assert.strictEqual(util.inspect(Promise.resolve({ a: { b: { c: 1 } } })),
                   'Promise { { a: { b: [Object] } } }');
assert.strictEqual(util.inspect(new Promise(() => {})),
                   'Promise { <pending> }');
assert.strictEqual(util.inspect(rejectedPlain),
                   'Promise { <rejected> 3 }');
assert.strictEqual(util.inspect(rejectedErr),
                   'Promise {\n  <rejected> Error: no\n      at x (/app/x.js:1:1)\n}');
assert.strictEqual(util.inspect(Promise.resolve(Promise.resolve(2))),
                   'Promise { 2 }');
assert.strictEqual(util.inspect(MyPromise.resolve(4)),
                   'MyPromise { 4 }');
assert.strictEqual(util.inspect(withProp),
                   'Promise { 1, extra: true }');
assert.strictEqual(util.inspect({ p: Promise.resolve([1, 2]) }),
                   '{ p: Promise { [ 1, 2 ] } }');
assert.strictEqual(util.inspect([new Promise(() => {})]),
                   '[ Promise { <pending> } ]');
assert.strictEqual(util.inspect({ a: { b: { c: Promise.resolve(1) } } }),
                   '{ a: { b: { c: [Promise] } } }');
assert.strictEqual(util.inspect(Promise.resolve("x".repeat(100))),
                   'Promise {\n  \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
assert.strictEqual(util.inspect(Promise.resolve(1), { colors: true }),
                   'Promise { \x1b[33m1\x1b[39m }');
assert.strictEqual(util.inspect(new Promise(() => {}), { colors: true }),
                   'Promise { \x1b[36m<pending>\x1b[39m }');
assert.strictEqual(util.inspect(rejectedPlain, { colors: true }),
                   'Promise { \x1b[36m<rejected>\x1b[39m \x1b[33m3\x1b[39m }');
assert.strictEqual(util.inspect((async () => 5)()),
                   'Promise { 5 }');
