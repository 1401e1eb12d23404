'use strict';
// util.inspect: accessor properties with and without the getters option.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const obj = {
  get g() { return 1; },
  get gs() { return 'str'; }, set gs(v) {},
  set s(v) {},
  get o() { return { nested: { deep: { deeper: 1 } } }; },
  get n() { return null; },
  get throws() { const e = new Error('nope'); e.stack = 'Error: nope\n    at getter (/app/g.js:1:1)'; throw e; },
};
class Temp { constructor() { this._c = 20; } get celsius() { return this._c; } }

assert.strictEqual(util.inspect(obj),
                   '{\n  g: [Getter],\n  gs: [Getter/Setter],\n  s: [Setter],\n  o: [Getter],\n  n: [Getter],\n  throws: [Getter]\n}');
assert.strictEqual(util.inspect(obj, { getters: true }),
                   '{\n  g: [Getter: 1],\n  gs: [Getter/Setter: \'str\'],\n  s: [Setter],\n  o: [Getter] { nested: { deep: [Object] } },\n  n: [Getter: null],\n  throws: [Getter: <Inspection threw (Error: nope\n      at getter (/app/g.js:1:1))>]\n}');
assert.strictEqual(util.inspect(obj, { getters: "get" }),
                   '{\n  g: [Getter: 1],\n  gs: [Getter/Setter],\n  s: [Setter],\n  o: [Getter] { nested: { deep: [Object] } },\n  n: [Getter: null],\n  throws: [Getter: <Inspection threw (Error: nope\n      at getter (/app/g.js:1:1))>]\n}');
assert.strictEqual(util.inspect(obj, { getters: "set" }),
                   '{\n  g: [Getter],\n  gs: [Getter/Setter: \'str\'],\n  s: [Setter],\n  o: [Getter],\n  n: [Getter],\n  throws: [Getter]\n}');
assert.strictEqual(util.inspect(new Temp()),
                   'Temp { _c: 20 }');
assert.strictEqual(util.inspect(new Temp(), { getters: true }),
                   'Temp { _c: 20 }');
assert.strictEqual(util.inspect(new Temp(), { showHidden: true }),
                   'Temp { _c: 20, [celsius]: [Getter] }');
assert.strictEqual(util.inspect(new Temp(), { showHidden: true, getters: true }),
                   'Temp { _c: 20, [celsius]: [Getter: 20] }');
assert.strictEqual(util.inspect(obj, { getters: true, colors: true }),
                   '{\n  g: \x1b[36m[Getter:\x1b[39m \x1b[33m1\x1b[39m\x1b[36m]\x1b[39m,\n  gs: \x1b[36m[Getter/Setter:\x1b[39m \x1b[32m\'str\'\x1b[39m\x1b[36m]\x1b[39m,\n  s: \x1b[36m[Setter]\x1b[39m,\n  o: \x1b[36m[Getter]\x1b[39m { nested: { deep: \x1b[36m[Object]\x1b[39m } },\n  n: \x1b[36m[Getter:\x1b[39m \x1b[1mnull\x1b[22m\x1b[36m]\x1b[39m,\n  throws: \x1b[36m[Getter:\x1b[39m <Inspection threw (Error: nope\n      at getter (/app/g.js:1:1))>\x1b[36m]\x1b[39m\n}');
assert.strictEqual(util.inspect(Object.defineProperty({}, "hidden", { get() { return 5; } }), { showHidden: true, getters: true }),
                   '{ [hidden]: [Getter: 5] }');
