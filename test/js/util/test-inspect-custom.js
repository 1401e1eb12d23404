'use strict';
// util.inspect: util.inspect.custom hooks: arguments, return values, nesting.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const custom = util.inspect.custom;
const returnsString = { [custom]() { return 'CUSTOM'; } };
const returnsObject = { [custom]() { return { replaced: [1, 2] }; } };
const returnsThis = { x: 1, [custom]() { return this; } };
const multiline = { [custom]() { return 'line1\nline2'; } };
const seesArgs = { [custom](depth, options, insp) {
  return JSON.stringify([depth, options.depth, options.colors, options.compact, typeof options.stylize, insp === util.inspect, Object.keys(options).length]);
} };
const usesStylize = { [custom](depth, options) { return options.stylize('styled', 'special'); } };
const nestedDepth = { [custom](depth, options, insp) { return insp({ a: { b: { c: { d: 1 } } } }, { ...options, depth: options.depth === null ? null : options.depth - 1 }); } };
class Money { constructor(v) { this.v = v; } [custom]() { return `Money<${this.v}>`; } }
const protoOnly = Money.prototype;
const userOpt = { [custom](d, o) { return String(o.userKey); } };
const nullProto = Object.assign(Object.create(null), { [custom](d, o) { return String(Object.getPrototypeOf(o)) + typeof o.stylize; } });
const forProxy = new Proxy({ [custom](d, o) { return 'proxied ' + (this === forProxy); } }, {});
const returnsNumber = { [custom]() { return 42; } };
const legacyInspect = { inspect() { return 'ignored'; } };

assert.strictEqual(util.inspect(returnsString),
                   'CUSTOM');
assert.strictEqual(util.inspect(returnsObject),
                   '{ replaced: [ 1, 2 ] }');
assert.strictEqual(util.inspect(returnsThis),
                   '{\n  x: 1,\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}');
assert.strictEqual(util.inspect({ deep: { multiline } }),
                   '{\n  deep: {\n    multiline: line1\n    line2\n  }\n}');
assert.strictEqual(util.inspect(seesArgs),
                   '[2,2,false,3,"function",true,13]');
assert.strictEqual(util.inspect({ a: { b: seesArgs } }),
                   '{ a: { b: [0,2,false,3,"function",true,13] } }');
assert.strictEqual(util.inspect(seesArgs, { depth: 5, colors: true, compact: false }),
                   '[5,5,true,false,"function",true,13]');
assert.strictEqual(util.inspect(seesArgs, { depth: null }),
                   '[null,null,false,3,"function",true,13]');
assert.strictEqual(util.inspect(usesStylize),
                   'styled');
assert.strictEqual(util.inspect(usesStylize, { colors: true }),
                   '\x1b[36mstyled\x1b[39m');
assert.strictEqual(util.inspect(nestedDepth),
                   '{ a: { b: [Object] } }');
assert.strictEqual(util.inspect({ x: nestedDepth }),
                   '{ x: { a: { b: [Object] } } }');
assert.strictEqual(util.inspect(new Money(5)),
                   'Money<5>');
assert.strictEqual(util.inspect([new Money(1), new Money(2)]),
                   '[ Money<1>, Money<2> ]');
assert.strictEqual(util.inspect(protoOnly),
                   '{}');
assert.strictEqual(util.inspect(userOpt, { userKey: "hi" }),
                   'hi');
assert.strictEqual(util.inspect(nullProto),
                   'nullfunction');
assert.strictEqual(util.inspect(forProxy),
                   'proxied true');
assert.strictEqual(util.inspect(returnsNumber),
                   '42');
assert.strictEqual(util.inspect(legacyInspect),
                   '{ inspect: [Function: inspect] }');
assert.strictEqual(util.inspect(returnsString, { customInspect: false }),
                   '{\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}');
assert.strictEqual(util.inspect(new Map([[new Money(1), new Money(2)]])),
                   'Map(1) { Money<1> => Money<2> }');
