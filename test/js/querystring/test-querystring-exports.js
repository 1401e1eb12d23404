'use strict';
// The querystring module's shape: keys in Node's order, aliases, function names.
require('../../common');
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs), ["unescapeBuffer", "unescape", "escape", "stringify", "encode", "parse", "decode"]);
assert.strictEqual(require('node:querystring'), qs);
assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.encode, qs.stringify);
const shapes = { "unescapeBuffer": ["unescapeBuffer", 2], "unescape": ["qsUnescape", 2], "escape": ["qsEscape", 1], "stringify": ["stringify", 4], "encode": ["stringify", 4], "parse": ["parse", 4], "decode": ["parse", 4] };
for (const [key, [name, length]] of Object.entries(shapes)) {
  assert.strictEqual(qs[key].name, name, key);
  assert.strictEqual(qs[key].length, length, key);
}
