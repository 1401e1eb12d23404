'use strict';
// util.inspect: Date and RegExp, invalid dates, subclasses, extra properties.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const date = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));
const withProp = new Date(0); withProp.tag = 'x';
class MyDate extends Date {}
class MyRegExp extends RegExp {}
const re = /ab+c/gi; const reProp = /x/; reProp.extra = 1;

assert.strictEqual(util.inspect(date),
                   '2020-01-02T03:04:05.006Z');
assert.strictEqual(util.inspect(new Date(0)),
                   '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(new Date(-1)),
                   '1969-12-31T23:59:59.999Z');
assert.strictEqual(util.inspect(new Date(8.64e15)),
                   '+275760-09-13T00:00:00.000Z');
assert.strictEqual(util.inspect(withProp),
                   '1970-01-01T00:00:00.000Z { tag: \'x\' }');
assert.strictEqual(util.inspect(new MyDate(0)),
                   'MyDate 1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect([date]),
                   '[ 2020-01-02T03:04:05.006Z ]');
assert.strictEqual(util.inspect({ d: date }),
                   '{ d: 2020-01-02T03:04:05.006Z }');
assert.strictEqual(util.inspect(re),
                   '/ab+c/gi');
assert.strictEqual(util.inspect(/\//),
                   '/\\//');
assert.strictEqual(util.inspect(new RegExp("a/b", "y")),
                   '/a\\/b/y');
assert.strictEqual(util.inspect(/[\u{1F600}]/u),
                   '/[\\u{1F600}]/u');
assert.strictEqual(util.inspect(/x/dgimsuy),
                   '/x/dgimsuy');
assert.strictEqual(util.inspect(reProp),
                   '/x/ { extra: 1 }');
assert.strictEqual(util.inspect(new MyRegExp("q", "g")),
                   'MyRegExp /q/g');
assert.strictEqual(util.inspect({ r: /r/ }),
                   '{ r: /r/ }');
assert.strictEqual(util.inspect(re, { depth: -1 }),
                   '/ab+c/gi');
assert.strictEqual(util.inspect({ a: { b: { c: reProp } } }),
                   '{ a: { b: { c: /x/ } } }');
assert.strictEqual(util.inspect(Object.defineProperty(new Date(0), Symbol.toStringTag, { value: "T" })),
                   'Date [T] 1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(RegExp.prototype),
                   '{}');
assert.strictEqual(util.inspect(Date.prototype),
                   '{}');
