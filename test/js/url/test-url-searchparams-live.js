'use strict';
require('../../common');
const assert = require('assert');

const u = new URL('http://h/p?a=1&b=2#f');
const sp = u.searchParams;
assert.strictEqual(u.searchParams, sp);
sp.append('c', 'x y');
assert.strictEqual(u.href, 'http://h/p?a=1&b=2&c=x+y#f');
assert.strictEqual(u.search, '?a=1&b=2&c=x+y');
sp.delete('a');
sp.delete('b');
sp.delete('c');
assert.strictEqual(u.href, 'http://h/p#f');
assert.strictEqual(u.search, '');
u.search = '?z=9&y=8';
assert.deepStrictEqual([...sp], [['z', '9'], ['y', '8']]);
sp.sort();
assert.strictEqual(u.href, 'http://h/p?y=8&z=9#f');
u.href = 'http://other/?q=%20';
assert.strictEqual(sp.get('q'), ' ');
assert.strictEqual(u.searchParams, sp);
u.search = '';
assert.strictEqual(sp.size, 0);
// Serializing through searchParams normalises the query.
const v = new URL('http://h/?a=b c&d=%41');
assert.strictEqual(v.search, '?a=b%20c&d=%41');
v.searchParams.set('e', '1');
assert.strictEqual(v.search, '?a=b+c&d=A&e=1');
// Opaque paths keep their spaces encoded when the query goes.
const o = new URL('sc:x ?q');
assert.strictEqual(o.href, 'sc:x%20?q');
o.searchParams.delete('q');
assert.strictEqual(o.href, 'sc:x%20');
assert.strictEqual(JSON.stringify({ u: new URL('http://h/x') }), '{"u":"http://h/x"}');
assert.strictEqual(String(new URL('http://h/y')), 'http://h/y');
assert.strictEqual(`${new URL('http://h/y').searchParams}`, '');
