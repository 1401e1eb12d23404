'use strict';
// compileFunction: params, context extensions, and a parsing context.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add.length, 2);
const ext = vm.compileFunction('return a + c', ['a'], { contextExtensions: [{ c: 10 }] });
assert.strictEqual(ext(1), 11);
const strict = vm.compileFunction('"use strict"; return this', []);
assert.strictEqual(strict(), undefined);
const ctx = vm.createContext({ base: 100 });
const inCtx = vm.compileFunction('return base + x + (typeof process)', ['x'], { parsingContext: ctx });
assert.strictEqual(inCtx(1), '101undefined');
assert.throws(() => vm.compileFunction('return (', []), SyntaxError);
assert.throws(() => vm.compileFunction(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
