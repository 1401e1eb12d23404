'use strict';
require('../../common');
const assert = require('assert');

const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d&=e&&f=%zz&g=%E2%82%AC&h=%FF');
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2'], ['a', '3'], ['c', ' x y'], ['d', ''], ['', 'e'],
  ['f', '%zz'], ['g', '€'], ['h', '\uFFFD']]);
assert.strictEqual(p.size, 9);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
p.delete('a', '1');
assert.deepStrictEqual(p.getAll('a'), ['3']);
p.set('b', 'x');
p.append('b', 'y');
p.set('b', 'z');
assert.deepStrictEqual(p.getAll('b'), ['z']);
p.delete('b');
assert.strictEqual(p.has('b'), false);
assert.strictEqual(p.toString(), 'a=3&c=+x+y&d=&=e&f=%25zz&g=%E2%82%AC&h=%EF%BF%BD');

const s = new URLSearchParams('z=1&a=2&z=0&b=3&a=1&\uD83D\uDE00=x&\uFFFD=y');
s.sort();
assert.strictEqual(s.toString(), 'a=2&a=1&b=3&z=1&z=0&%F0%9F%98%80=x&%EF%BF%BD=y');

assert.strictEqual(new URLSearchParams({ a: 1, b: [1, 2], c: null }).toString(), 'a=1&b=1%2C2&c=null');
assert.strictEqual(new URLSearchParams([['x', 'y'], new Set(['k', 'v'])]).toString(), 'x=y&k=v');
assert.strictEqual(new URLSearchParams(new Map([['m', 'n']])).toString(), 'm=n');
assert.strictEqual(new URLSearchParams(null).toString(), 'null=');
assert.strictEqual(new URLSearchParams(undefined).toString(), '');
assert.strictEqual(new URLSearchParams(p).toString(), p.toString());
assert.strictEqual(new URLSearchParams('a=b', 'ignored').toString(), 'a=b');
assert.strictEqual(new URLSearchParams("!'()~*-._ \u00e9&").toString(), '%21%27%28%29%7E*-._+%C3%A9=');

assert.throws(() => new URLSearchParams([[1]]), { code: 'ERR_INVALID_TUPLE',
  message: 'Each query pair must be an iterable [name, value] tuple' });
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([[1, 2, 3]]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => p.append('a'), { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
assert.throws(() => p.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => p.getAll(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.delete(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), { code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParams' });
assert.throws(() => URLSearchParams.prototype.toString.call(1), { code: 'ERR_INVALID_THIS' });
assert.throws(() => p.forEach(), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined' });

const seen = [];
new URLSearchParams('a=1&b=2').forEach(function(v, k, obj) { seen.push([k, v, this, obj.size]); }, 'T');
assert.deepStrictEqual(seen.map((x) => [x[0], x[1], String(x[2]), x[3]]), [['a', '1', 'T', 2], ['b', '2', 'T', 2]]);
assert.deepStrictEqual([...new URLSearchParams('a=1&b=2').keys()], ['a', 'b']);
assert.deepStrictEqual([...new URLSearchParams('a=1&b=2').values()], ['1', '2']);
const it = new URLSearchParams('a=1').entries();
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.strictEqual(typeof it[Symbol.iterator], 'function');
assert.strictEqual(it[Symbol.iterator](), it);
// The iterator sees changes made while iterating.
const live = new URLSearchParams('a=1&b=2');
const keys = [];
for (const [k] of live) { keys.push(k); if (k === 'a') live.append('c', '3'); }
assert.deepStrictEqual(keys, ['a', 'b', 'c']);
