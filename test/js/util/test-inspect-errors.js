'use strict';
// util.inspect: errors: stack text, name/constructor mismatch, extra properties.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

function withStack(err, stack) { err.stack = stack; return err; }
const plain = withStack(new Error('boom'), 'Error: boom\n    at fn (/app/file.js:1:2)\n    at main (/app/main.js:3:4)');
const typed = withStack(new TypeError('bad'), 'TypeError: bad\n    at fn (/app/file.js:1:2)');
const coded = withStack(new RangeError('out'), 'RangeError: out\n    at fn (/app/file.js:1:2)');
coded.code = 'ERR_OUT'; coded.info = { a: 1 };
class MyError extends Error {}
const sub = withStack(new MyError('mine'), 'Error: mine\n    at fn (/app/file.js:1:2)');
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
const named = withStack(new NamedError('n'), 'NamedError: n\n    at fn (/app/file.js:1:2)');
const renamed = withStack(new Error('r'), 'Error: r\n    at fn (/app/file.js:1:2)'); renamed.name = 'Other';
const noFrames = withStack(new Error('nf'), 'Error: nf');
const custom = withStack(new Error('c'), 'totally custom stack');
const emptyMsg = withStack(new Error(''), 'Error\n    at fn (/app/file.js:1:2)');
const multi = withStack(new Error('line1\nline2'), 'Error: line1\nline2\n    at fn (/app/file.js:1:2)');
const noStack = new Error('ns'); noStack.stack = undefined;
const emptyStack = new Error('es'); emptyStack.stack = '';
const objStack = new Error('os'); objStack.stack = { not: 'a string' };
const tagged = withStack(new Error('t'), 'Error: t\n    at fn (/app/file.js:1:2)');
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tag' });
const msgProp = withStack(new Error('m'), 'Error: m\n    at fn (/app/file.js:1:2)'); msgProp.message = 'changed';
const enumMsg = withStack(new Error('em'), 'Error: em\n    at fn (/app/file.js:1:2)');
Object.defineProperty(enumMsg, 'message', { enumerable: true, value: 'em' });
const nameless = withStack(new Error('nl'), 'Error: nl\n    at a (b.js:1:1)'); nameless.name = undefined;

assert.strictEqual(util.inspect(plain),
                   'Error: boom\n    at fn (/app/file.js:1:2)\n    at main (/app/main.js:3:4)');
assert.strictEqual(util.inspect(typed),
                   'TypeError: bad\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(coded),
                   'RangeError: out\n    at fn (/app/file.js:1:2) {\n  code: \'ERR_OUT\',\n  info: { a: 1 }\n}');
assert.strictEqual(util.inspect(sub),
                   'MyError: mine\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(named),
                   'NamedError: n\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(renamed),
                   'Error: r\n    at fn (/app/file.js:1:2) {\n  name: \'Other\'\n}');
assert.strictEqual(util.inspect(noFrames),
                   '[Error: nf]');
assert.strictEqual(util.inspect(custom),
                   '[totally custom stack]');
assert.strictEqual(util.inspect(emptyMsg),
                   'Error\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(multi),
                   'Error: line1\nline2\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(noStack),
                   '[Error: ns]');
assert.strictEqual(util.inspect(emptyStack),
                   '[Error: es]');
assert.strictEqual(util.inspect(objStack),
                   '[Error: os\n    {\n      not: \'a string\'\n    }]');
assert.strictEqual(util.inspect(tagged),
                   'Error [Tag]: t\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(msgProp),
                   'Error: m\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(enumMsg),
                   'Error: em\n    at fn (/app/file.js:1:2)');
assert.strictEqual(util.inspect(nameless),
                   'Error: nl\n    at a (b.js:1:1)');
assert.strictEqual(util.inspect({ err: plain }),
                   '{\n  err: Error: boom\n      at fn (/app/file.js:1:2)\n      at main (/app/main.js:3:4)\n}');
assert.strictEqual(util.inspect([plain, typed]),
                   '[\n  Error: boom\n      at fn (/app/file.js:1:2)\n      at main (/app/main.js:3:4),\n  TypeError: bad\n      at fn (/app/file.js:1:2)\n]');
assert.strictEqual(util.inspect({ a: { b: { c: plain } } }),
                   '{\n  a: {\n    b: {\n      c: Error: boom\n          at fn (/app/file.js:1:2)\n          at main (/app/main.js:3:4)\n    }\n  }\n}');
assert.strictEqual(util.inspect({ a: { b: { c: coded } } }),
                   '{ a: { b: { c: [RangeError] } } }');
assert.strictEqual(util.inspect(coded, { depth: 0 }),
                   'RangeError: out\n    at fn (/app/file.js:1:2) {\n  code: \'ERR_OUT\',\n  info: [Object]\n}');
assert.strictEqual(util.inspect({ e: coded }, { depth: 0 }),
                   '{ e: [RangeError] }');
assert.strictEqual(util.inspect(plain, { compact: false }),
                   'Error: boom\n    at fn (/app/file.js:1:2)\n    at main (/app/main.js:3:4)');
assert.strictEqual(util.inspect(new Map([[plain, typed]])),
                   'Map(1) {\n  Error: boom\n      at fn (/app/file.js:1:2)\n      at main (/app/main.js:3:4) => TypeError: bad\n      at fn (/app/file.js:1:2)\n}');
assert.strictEqual(util.inspect(Object.create(Error.prototype)),
                   '[Error]');
assert.strictEqual(util.inspect(new Error('real')).split('\n')[0],
                   'Error: real');
assert.strictEqual(String(/^Error: real\n {4}at /.test(util.inspect(new Error('real')))),
                   'true');
assert.strictEqual(String(util.inspect(new TypeError('t')).startsWith('TypeError: t\n    at ')),
                   'true');
