'use strict';
// Dates (including invalid ones) and regexps with every flag.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const invalid = v8.deserialize(v8.serialize(new Date(NaN)));
assert.ok(Number.isNaN(invalid.getTime()));
assert.strictEqual(v8.deserialize(v8.serialize(new Date(8.64e15))).getTime(), 8.64e15);
for (const re of [/a/, /b/g, /c/i, /d/m, /e/s, /f/u, /g/y, /h/d, /i/v, /[\]\\/]+x/gimsy]) {
  const back = v8.deserialize(v8.serialize(re));
  assert.strictEqual(back.source, re.source);
  assert.strictEqual(back.flags, re.flags);
  assert.strictEqual(back.lastIndex, 0);
}
