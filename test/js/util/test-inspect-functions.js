'use strict';
// util.inspect: functions: named, anonymous, async, generators, bound, with properties.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

function named() {}
const arrow = () => {};
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
const bound = named.bind(null);
const withProps = Object.assign(function props() {}, { a: 1, b: 'two' });
const renamed = function orig() {}; Object.defineProperty(renamed, 'name', { value: 'changed' });
const nameless = function () {}; Object.defineProperty(nameless, 'name', { value: '' });
const nullProto = Object.setPrototypeOf(function np() {}, null);
const tagged = function tg() {}; tagged[Symbol.toStringTag] = 'Tag';

assert.strictEqual(util.inspect(named),
                   '[Function: named]');
assert.strictEqual(util.inspect(arrow),
                   '[Function: arrow]');
assert.strictEqual(util.inspect(asyncFn),
                   '[AsyncFunction: asyncFn]');
assert.strictEqual(util.inspect(gen),
                   '[GeneratorFunction: gen]');
assert.strictEqual(util.inspect(asyncGen),
                   '[AsyncGeneratorFunction: asyncGen]');
assert.strictEqual(util.inspect(async () => {}),
                   '[AsyncFunction (anonymous)]');
assert.strictEqual(util.inspect(bound),
                   '[Function: bound named]');
assert.strictEqual(util.inspect(withProps),
                   '[Function: props] { a: 1, b: \'two\' }');
assert.strictEqual(util.inspect(renamed),
                   '[Function: changed]');
assert.strictEqual(util.inspect(nameless),
                   '[Function (anonymous)]');
assert.strictEqual(util.inspect(nullProto),
                   '[Function (null prototype): np]');
assert.strictEqual(util.inspect(tagged),
                   '[Function: tg] { Symbol(Symbol.toStringTag): \'Tag\' }');
assert.strictEqual(util.inspect(function () {}),
                   '[Function (anonymous)]');
assert.strictEqual(util.inspect((function () {})),
                   '[Function (anonymous)]');
assert.strictEqual(util.inspect([function () {}, () => {}]),
                   '[ [Function (anonymous)], [Function (anonymous)] ]');
assert.strictEqual(util.inspect(Math.max),
                   '[Function: max]');
assert.strictEqual(util.inspect(Array),
                   '[Function: Array]');
assert.strictEqual(util.inspect(Object),
                   '[Function: Object]');
assert.strictEqual(util.inspect(Function.prototype),
                   '[Function (anonymous)] Object');
assert.strictEqual(util.inspect({ method() {}, async am() {}, *gm() {}, get g() { return 1; } }),
                   '{\n  method: [Function: method],\n  am: [AsyncFunction: am],\n  gm: [GeneratorFunction: gm],\n  g: [Getter]\n}');
assert.strictEqual(util.inspect(Symbol),
                   '[Function: Symbol]');
assert.strictEqual(util.inspect(parseInt),
                   '[Function: parseInt]');
assert.strictEqual(util.inspect(Object.assign(() => {}, { nested: { deep: { deeper: { deepest: 1 } } } })),
                   '[Function (anonymous)] { nested: { deep: { deeper: [Object] } } }');
assert.strictEqual(util.inspect(withProps, { compact: false }),
                   '[Function: props] {\n  a: 1,\n  b: \'two\'\n}');
assert.strictEqual(util.inspect(Object.defineProperty(function d() {}, "x", { value: 1, enumerable: true })),
                   '[Function: d] { x: 1 }');
