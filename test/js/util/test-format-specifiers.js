'use strict';
// util.format: %s %d %i %f %j %o %O %c %% and unknown specifiers.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%s', 'str'),
                   'str');
assert.strictEqual(util.format('%s', 42),
                   '42');
assert.strictEqual(util.format('%d', 42),
                   '42');
assert.strictEqual(util.format('%d', '42'),
                   '42');
assert.strictEqual(util.format('%d', '42.5abc'),
                   'NaN');
assert.strictEqual(util.format('%d', 1.5),
                   '1.5');
assert.strictEqual(util.format('%d', -0),
                   '-0');
assert.strictEqual(util.format('%d', {}),
                   'NaN');
assert.strictEqual(util.format('%d', []),
                   '0');
assert.strictEqual(util.format('%d', null),
                   '0');
assert.strictEqual(util.format('%d', undefined),
                   'NaN');
assert.strictEqual(util.format('%d', true),
                   '1');
assert.strictEqual(util.format('%d', 10n),
                   '10n');
assert.strictEqual(util.format('%d', Symbol('x')),
                   'NaN');
assert.strictEqual(util.format('%d', '0x1f'),
                   '31');
assert.strictEqual(util.format('%d', ''),
                   '0');
assert.strictEqual(util.format('%i', 42.9),
                   '42');
assert.strictEqual(util.format('%i', '-42.9'),
                   '-42');
assert.strictEqual(util.format('%i', '0x1f'),
                   '31');
assert.strictEqual(util.format('%i', 10n),
                   '10n');
assert.strictEqual(util.format('%i', Symbol()),
                   'NaN');
assert.strictEqual(util.format('%i', 'abc'),
                   'NaN');
assert.strictEqual(util.format('%i', 1e21),
                   '1');
assert.strictEqual(util.format('%f', '1.5e3'),
                   '1500');
assert.strictEqual(util.format('%f', 'abc'),
                   'NaN');
assert.strictEqual(util.format('%f', 10n),
                   '10');
assert.strictEqual(util.format('%f', Symbol()),
                   'NaN');
assert.strictEqual(util.format('%f', -0),
                   '0');
assert.strictEqual(util.format('%f', '  7.25xyz'),
                   '7.25');
assert.strictEqual(util.format('%j', { a: 1 }),
                   '{"a":1}');
assert.strictEqual(util.format('%j', 'str'),
                   '"str"');
assert.strictEqual(util.format('%j', undefined),
                   'undefined');
assert.strictEqual(util.format('%j', [1, 'two']),
                   '[1,"two"]');
assert.strictEqual(util.format('%j', { toJSON() { return 'tj'; } }),
                   '"tj"');
assert.strictEqual(util.format('%o', { a: [1] }),
                   '{ a: [ 1, [length]: 1 ] }');
assert.strictEqual(util.format('%o', [1, 2]),
                   '[ 1, 2, [length]: 2 ]');
assert.strictEqual(util.format('%o', function f() {}),
                   '<ref *1> [Function: f] {\n  [length]: 0,\n  [name]: \'f\',\n  [prototype]: { [constructor]: [Circular *1] }\n}');
assert.strictEqual(util.format('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }),
                   '{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}');
assert.strictEqual(util.format('%O', { a: { b: { c: { d: 1 } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.format('%O', [1]),
                   '[ 1 ]');
assert.strictEqual(util.format('%c', 'color: red'),
                   '');
assert.strictEqual(util.format('%c%s', 'css', 'x'),
                   'x');
assert.strictEqual(util.format('%%'),
                   '%%');
assert.strictEqual(util.format('%%', 1),
                   '% 1');
assert.strictEqual(util.format('%%s', 1),
                   '%s 1');
assert.strictEqual(util.format('100%'),
                   '100%');
assert.strictEqual(util.format('100%', 1),
                   '100% 1');
assert.strictEqual(util.format('%x', 1),
                   '%x 1');
assert.strictEqual(util.format('%', 1),
                   '% 1');
assert.strictEqual(util.format('%s %s', 'only one'),
                   'only one %s');
assert.strictEqual(util.format('%s'),
                   '%s');
assert.strictEqual(util.format('%d'),
                   '%d');
assert.strictEqual(util.format('%s %d %i %f %j', 1, 2, 3, 4, 5),
                   '1 2 3 4 5');
assert.strictEqual(util.format('a%sb%sc', 1, 2),
                   'a1b2c');
assert.strictEqual(util.format('%s%s%s', 'a', 'b', 'c'),
                   'abc');
assert.strictEqual(util.format('%%%s%%', 'x'),
                   '%x%');
assert.strictEqual(util.format('%s:%s', 'a', 'b', 'c', 'd'),
                   'a:b c d');
assert.strictEqual(util.format('%o', 'str'),
                   '\'str\'');
assert.strictEqual(util.format('%O', 'str'),
                   '\'str\'');
assert.strictEqual(util.format('%o', 42),
                   '42');
assert.strictEqual(util.format('%d%%', 50),
                   '50%');
assert.strictEqual(util.format('\n%s\n', 'x'),
                   '\nx\n');
assert.strictEqual(util.format('%S', 1),
                   '%S 1');
assert.strictEqual(util.format('%D', 1),
                   '%D 1');
