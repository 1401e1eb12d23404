'use strict';
// querystring.stringify with a custom encodeURIComponent: applied to keys and to every
// value after conversion to a primitive string.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const enc = (s) => '<' + s + '>';
const obj = { a: 'x y', b: [1, true], c: null, d: 1e22, e: 10n };
assert.strictEqual(qs.stringify(obj, null, null, { encodeURIComponent: enc }),
  "<a>=<x y>&<b>=<1>&<b>=<true>&<c>=<>&<d>=<1e+22>&<e>=<10>");
assert.strictEqual(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: encodeURIComponent }), 'a=%C3%A9');
// Not a function: the default escape is used.
assert.strictEqual(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: 'no' }), 'a=x%20y');
assert.throws(() => qs.stringify({ a: 1 }, null, null, { encodeURIComponent: () => { throw new Error('enc'); } }), /enc/);
// Lone surrogates cannot be encoded.
assert.throws(() => qs.stringify({ a: '\ud800' }), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
