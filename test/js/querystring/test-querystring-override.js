'use strict';
// parse and stringify go through the module's own escape/unescape, so replacing them
// on the exports object changes their behaviour (documented as overridable).
require('../../common');
const assert = require('assert');
const qs = require('querystring');

const { escape, unescape } = qs;
try {
  qs.unescape = (s) => s.toUpperCase();
  // A replaced unescape is a custom decoder: called for everything, '+' as '%20'.
  assert.deepStrictEqual({ ...qs.parse('a+b=c') }, { "A%20B": "C" });
  qs.escape = (s) => '[' + s + ']';
  assert.strictEqual(qs.stringify({ a: 1, b: 'x' }), '[a]=[1]&[b]=[x]');
} finally {
  qs.escape = escape;
  qs.unescape = unescape;
}
assert.strictEqual(qs.stringify({ a: 'x y' }), 'a=x%20y');
assert.deepStrictEqual({ ...qs.parse('a+b=c') }, { 'a b': 'c' });
