'use strict';
// util.inspect: showHidden lists non-enumerable and symbol keys.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const obj = { visible: 1 };
Object.defineProperty(obj, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(obj, Symbol('hiddenSym'), { value: 3, enumerable: false });
obj[Symbol('sym')] = 4;
const fn = function named() {};
class WithProto { constructor() { this.own = 1; } get protoGetter() { return 2; } method() {} }

assert.strictEqual(util.inspect(obj),
                   '{ visible: 1, Symbol(sym): 4 }');
assert.strictEqual(util.inspect(obj, { showHidden: true }),
                   '{ visible: 1, [hidden]: 2, [Symbol(hiddenSym)]: 3, Symbol(sym): 4 }');
assert.strictEqual(util.inspect(obj, true),
                   '{ visible: 1, [hidden]: 2, [Symbol(hiddenSym)]: 3, Symbol(sym): 4 }');
assert.strictEqual(util.inspect([1, 2], { showHidden: true }),
                   '[ 1, 2, [length]: 2 ]');
assert.strictEqual(util.inspect(fn, { showHidden: true }),
                   '<ref *1> [Function: named] {\n  [length]: 0,\n  [name]: \'named\',\n  [prototype]: { [constructor]: [Circular *1] }\n}');
assert.strictEqual(util.inspect(() => {}, { showHidden: true }),
                   '[Function (anonymous)] { [length]: 0, [name]: \'\' }');
assert.strictEqual(util.inspect(class A {}, { showHidden: true }),
                   '<ref *1> [class A] {\n  [length]: 0,\n  [name]: \'A\',\n  [prototype]: { [constructor]: [Circular *1] }\n}');
assert.strictEqual(util.inspect(new WithProto(), { showHidden: true }),
                   'WithProto { own: 1, [protoGetter]: [Getter] }');
assert.strictEqual(util.inspect(new Map([[1, 2]]), { showHidden: true }),
                   'Map(1) { 1 => 2 }');
assert.strictEqual(util.inspect(new Set([1]), { showHidden: true }),
                   'Set(1) { 1 }');
assert.strictEqual(util.inspect(new Uint8Array(2), { showHidden: true }),
                   'Uint8Array(2) [\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { [byteLength]: 2 }\n]');
assert.strictEqual(util.inspect(/re/g, { showHidden: true }),
                   '/re/g { [lastIndex]: 0 }');
assert.strictEqual(util.inspect(new Date(0), { showHidden: true }),
                   '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(Object.defineProperty([], "x", { value: 1 }), { showHidden: true }),
                   '[ [length]: 0, [x]: 1 ]');
assert.strictEqual(util.inspect(new String("ab"), { showHidden: true }),
                   '[String: \'ab\'] { [length]: 2 }');
assert.strictEqual(util.inspect(new Number(1), { showHidden: true }),
                   '[Number: 1]');
assert.strictEqual(util.inspect(Object.create(null, { h: { value: 1 } }), { showHidden: true }),
                   '[Object: null prototype] { [h]: 1 }');
assert.strictEqual(util.inspect({ [Symbol.toStringTag]: "Own" }, { showHidden: true }),
                   '{ Symbol(Symbol.toStringTag): \'Own\' }');
