'use strict';
// util.inspect: property names: symbols, quoting, __proto__, hidden and inherited keys.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const syms = { [Symbol('a')]: 1, [Symbol()]: 2, [Symbol('with space')]: 3, [Symbol('nl\nx')]: 4, [Symbol.iterator]: 5 };
const hiddenSym = Object.defineProperty({}, Symbol('hid'), { value: 1, enumerable: false });
const protoKey = JSON.parse('{"__proto__": 1}');
const odd = { 'a b': 1, 'a-b': 2, "q'": 3, 'd"q': 4, '`b`': 5, '\n': 6, '': 7, '0x': 8, '01': 9, 'abc123': 10 };
const numbers = { 1: 'a', 0: 'b', '-1': 'c', 1.5: 'd', 4294967295: 'e', 4294967294: 'f' };
const hiddenOdd = Object.defineProperty({}, 'a b', { value: 1, enumerable: false });

assert.strictEqual(util.inspect(syms),
                   '{\n  Symbol(a): 1,\n  Symbol(): 2,\n  Symbol(with space): 3,\n  Symbol(nl\\nx): 4,\n  Symbol(Symbol.iterator): 5\n}');
assert.strictEqual(util.inspect(hiddenSym),
                   '{}');
assert.strictEqual(util.inspect(hiddenSym, { showHidden: true }),
                   '{ [Symbol(hid)]: 1 }');
assert.strictEqual(util.inspect(protoKey),
                   '{ [\'__proto__\']: 1 }');
assert.strictEqual(util.inspect(odd),
                   '{\n  \'a b\': 1,\n  \'a-b\': 2,\n  "q\'": 3,\n  \'d"q\': 4,\n  \'`b`\': 5,\n  \'\\n\': 6,\n  \'\': 7,\n  \'0x\': 8,\n  \'01\': 9,\n  abc123: 10\n}');
assert.strictEqual(util.inspect(numbers),
                   '{\n  \'0\': \'b\',\n  \'1\': \'a\',\n  \'4294967294\': \'f\',\n  \'-1\': \'c\',\n  \'1.5\': \'d\',\n  \'4294967295\': \'e\'\n}');
assert.strictEqual(util.inspect(hiddenOdd),
                   '{}');
assert.strictEqual(util.inspect(hiddenOdd, { showHidden: true }),
                   '{ [\'a b\']: 1 }');
assert.strictEqual(util.inspect(Object.defineProperty({}, "__proto__", { value: 1, enumerable: false }), { showHidden: true }),
                   '{ [[\'__proto__\']]: 1 }');
assert.strictEqual(util.inspect({ "ü": 1, "日本": 2, "a\u0000": 3 }),
                   '{ \'ü\': 1, \'日本\': 2, \'a\\x00\': 3 }');
assert.strictEqual(util.inspect({ [Symbol("\u001b[31m")]: 1 }),
                   '{ Symbol(\\x1B[31m): 1 }');
