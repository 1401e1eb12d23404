'use strict';
// util.inspect: ANSI colors per style, custom styles and inspect.colors/styles tables.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const everything = { n: 1, b: true, u: undefined, nul: null, s: 'str', sym: Symbol('s'), big: 1n,
  d: new Date(0), r: /r/, f() {}, arr: [1], m: new Map([['k', 'v']]), deep: { x: { y: { z: 1 } } } };

assert.strictEqual(util.inspect(1, { colors: true }),
                   '\x1b[33m1\x1b[39m');
assert.strictEqual(util.inspect("s", { colors: true }),
                   '\x1b[32m\'s\'\x1b[39m');
assert.strictEqual(util.inspect(null, { colors: true }),
                   '\x1b[1mnull\x1b[22m');
assert.strictEqual(util.inspect(undefined, { colors: true }),
                   '\x1b[90mundefined\x1b[39m');
assert.strictEqual(util.inspect(true, { colors: true }),
                   '\x1b[33mtrue\x1b[39m');
assert.strictEqual(util.inspect(Symbol("x"), { colors: true }),
                   '\x1b[32mSymbol(x)\x1b[39m');
assert.strictEqual(util.inspect(5n, { colors: true }),
                   '\x1b[33m5n\x1b[39m');
assert.strictEqual(util.inspect(everything, { colors: true }),
                   '{\n  n: \x1b[33m1\x1b[39m,\n  b: \x1b[33mtrue\x1b[39m,\n  u: \x1b[90mundefined\x1b[39m,\n  nul: \x1b[1mnull\x1b[22m,\n  s: \x1b[32m\'str\'\x1b[39m,\n  sym: \x1b[32mSymbol(s)\x1b[39m,\n  big: \x1b[33m1n\x1b[39m,\n  d: \x1b[35m1970-01-01T00:00:00.000Z\x1b[39m,\n  r: \x1b[31m/r/\x1b[39m,\n  f: \x1b[36m[Function: f]\x1b[39m,\n  arr: [ \x1b[33m1\x1b[39m ],\n  m: Map(1) { \x1b[32m\'k\'\x1b[39m => \x1b[32m\'v\'\x1b[39m },\n  deep: { x: { y: \x1b[36m[Object]\x1b[39m } }\n}');
assert.strictEqual(util.inspect(new Number(2), { colors: true }),
                   '\x1b[33m[Number: 2]\x1b[39m');
assert.strictEqual(util.inspect(Object.assign(new Number(2), { k: 1 }), { colors: true }),
                   '[Number: 2] { k: \x1b[33m1\x1b[39m }');
assert.strictEqual(util.inspect([1, , 3], { colors: true }),
                   '[ \x1b[33m1\x1b[39m, \x1b[90m<1 empty item>\x1b[39m, \x1b[33m3\x1b[39m ]');
assert.strictEqual(util.inspect(Array.from({ length: 30 }, (_, i) => i), { colors: true }),
                   '[\n   \x1b[33m0\x1b[39m,  \x1b[33m1\x1b[39m,  \x1b[33m2\x1b[39m,  \x1b[33m3\x1b[39m,  \x1b[33m4\x1b[39m,  \x1b[33m5\x1b[39m,  \x1b[33m6\x1b[39m,  \x1b[33m7\x1b[39m,  \x1b[33m8\x1b[39m,\n   \x1b[33m9\x1b[39m, \x1b[33m10\x1b[39m, \x1b[33m11\x1b[39m, \x1b[33m12\x1b[39m, \x1b[33m13\x1b[39m, \x1b[33m14\x1b[39m, \x1b[33m15\x1b[39m, \x1b[33m16\x1b[39m, \x1b[33m17\x1b[39m,\n  \x1b[33m18\x1b[39m, \x1b[33m19\x1b[39m, \x1b[33m20\x1b[39m, \x1b[33m21\x1b[39m, \x1b[33m22\x1b[39m, \x1b[33m23\x1b[39m, \x1b[33m24\x1b[39m, \x1b[33m25\x1b[39m, \x1b[33m26\x1b[39m,\n  \x1b[33m27\x1b[39m, \x1b[33m28\x1b[39m, \x1b[33m29\x1b[39m\n]');
assert.strictEqual(util.inspect(Array.from({ length: 20 }, (_, i) => "s" + i), { colors: true }),
                   '[\n  \x1b[32m\'s0\'\x1b[39m,  \x1b[32m\'s1\'\x1b[39m,  \x1b[32m\'s2\'\x1b[39m,  \x1b[32m\'s3\'\x1b[39m,\n  \x1b[32m\'s4\'\x1b[39m,  \x1b[32m\'s5\'\x1b[39m,  \x1b[32m\'s6\'\x1b[39m,  \x1b[32m\'s7\'\x1b[39m,\n  \x1b[32m\'s8\'\x1b[39m,  \x1b[32m\'s9\'\x1b[39m,  \x1b[32m\'s10\'\x1b[39m, \x1b[32m\'s11\'\x1b[39m,\n  \x1b[32m\'s12\'\x1b[39m, \x1b[32m\'s13\'\x1b[39m, \x1b[32m\'s14\'\x1b[39m, \x1b[32m\'s15\'\x1b[39m,\n  \x1b[32m\'s16\'\x1b[39m, \x1b[32m\'s17\'\x1b[39m, \x1b[32m\'s18\'\x1b[39m, \x1b[32m\'s19\'\x1b[39m\n]');
assert.strictEqual(util.inspect(new Set([1, "a"]).values(), { colors: true }),
                   '[Set Iterator] { \x1b[33m1\x1b[39m, \x1b[32m\'a\'\x1b[39m }');
assert.strictEqual(util.inspect({ "key-q": 1, [Symbol("k")]: 2 }, { colors: true }),
                   '{ \x1b[32m\'key-q\'\x1b[39m: \x1b[33m1\x1b[39m, \x1b[32mSymbol(k)\x1b[39m: \x1b[33m2\x1b[39m }');
assert.strictEqual(util.inspect(1, false, 2, true),
                   '\x1b[33m1\x1b[39m');
assert.strictEqual(JSON.stringify(util.inspect.colors.red) + JSON.stringify(util.inspect.colors.grey) + JSON.stringify(util.inspect.colors.bgBlackBright),
                   '[31,39][90,39][100,49]');
assert.strictEqual(Object.keys(util.inspect.styles).join(),
                   'special,number,bigint,boolean,undefined,null,string,symbol,date,regexp,module');
assert.strictEqual(Object.keys(util.inspect.colors).join(),
                   'reset,bold,dim,italic,underline,blink,inverse,hidden,strikethrough,doubleunderline,black,red,green,yellow,blue,magenta,cyan,white,bgBlack,bgRed,bgGreen,bgYellow,bgBlue,bgMagenta,bgCyan,bgWhite,framed,overlined,gray,redBright,greenBright,yellowBright,blueBright,magentaBright,cyanBright,whiteBright,bgGray,bgRedBright,bgGreenBright,bgYellowBright,bgBlueBright,bgMagentaBright,bgCyanBright,bgWhiteBright');
assert.strictEqual(String(Object.getPrototypeOf(util.inspect.styles)) + String(Object.getPrototypeOf(util.inspect.colors)),
                   'nullnull');
assert.strictEqual(util.inspect(util.inspect.styles),
                   '[Object: null prototype] {\n  special: \'cyan\',\n  number: \'yellow\',\n  bigint: \'yellow\',\n  boolean: \'yellow\',\n  undefined: \'grey\',\n  null: \'bold\',\n  string: \'green\',\n  symbol: \'green\',\n  date: \'magenta\',\n  regexp: \'red\',\n  module: \'underline\'\n}');
assert.strictEqual((() => { const old = util.inspect.styles.number; util.inspect.styles.number = 'red'; try { return util.inspect(7, { colors: true }); } finally { util.inspect.styles.number = old; } })(),
                   '\x1b[31m7\x1b[39m');
assert.strictEqual((() => { util.inspect.styles.name = 'blue'; try { return util.inspect({ k: 1 }, { colors: true }); } finally { delete util.inspect.styles.name; } })(),
                   '{ \x1b[34mk\x1b[39m: \x1b[33m1\x1b[39m }');
assert.strictEqual(util.inspect({ a: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }),
                   '{ <name:a>: <string:\'x\'> }');
assert.strictEqual(util.inspect({ a: 'x', n: 1 }, { colors: true, stylize: (s, t) => `<${t}>` }),
                   '{ a: \x1b[32m\'x\'\x1b[39m, n: \x1b[33m1\x1b[39m }');
assert.strictEqual((() => { util.inspect.colors.grey = [1, 2]; try { return JSON.stringify([util.inspect.colors.gray, util.inspect(undefined, { colors: true })]); } finally { util.inspect.colors.gray = [90, 39]; } })(),
                   '[[1,2],"\\u001b[1mundefined\\u001b[2m"]');
