'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
assert.deepStrictEqual(require(path.join(fixture, 'app/data.json')), { a: 1, b: [true, null] });
assert.deepStrictEqual(require(path.join(fixture, 'app/only-json')), { kind: 'json' });
assert.strictEqual(require(path.join(fixture, 'app/only-js')), 'ext-js');
const broken = path.join(fixture, 'app/broken.json');
assert.throws(() => require(broken), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(broken + ': '), err.message);
  return true;
});
