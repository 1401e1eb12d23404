'use strict';
// querystring.parse with a custom decodeURIComponent: called for every key and value,
// '+' handed over as '%20', and a throwing decoder falls back to querystring.unescape.
const common = require('../../common');
const assert = require('assert');
const qs = require('querystring');

const seen = [];
const r1 = qs.parse('a+b=c%20d&e', null, null, { decodeURIComponent: (s) => { seen.push(s); return s.toUpperCase(); } });
assert.deepStrictEqual({ ...r1 }, { "A%20B": "C%20D", "E": "" });
assert.deepStrictEqual(seen, ["a%20b", "c%20d", "e"]);

const r2 = qs.parse('a=%41+%zz&b=%E4%B8', null, null, { decodeURIComponent: common.mustCallAtLeast(() => { throw new Error('no'); }) });
assert.deepStrictEqual({ ...r2 }, { "a": "A %zz", "b": "�" });

// A decoder that is not a function is ignored.
assert.deepStrictEqual({ ...qs.parse('a=%41', null, null, { decodeURIComponent: 5 }) }, { a: 'A' });
// Malformed escapes fall back to byte-wise decoding (invalid UTF-8 becomes U+FFFD).
assert.deepStrictEqual({ ...qs.parse('a=%E4%B8&b=%zz%41&c=%C3%A9%C3') }, { "a": "�", "b": "%zzA", "c": "é�" });
// Non-strings and empty strings give an empty object.
for (const v of [undefined, null, 1, {}, '']) {
  const r = qs.parse(v);
  assert.strictEqual(Object.getPrototypeOf(r), null);
  assert.deepStrictEqual(Object.keys(r), []);
}
