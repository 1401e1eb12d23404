'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const { createRequire } = require('module');
const req = createRequire(path.join(fixture, 'app/'));
assert.strictEqual(req('./only-js'), 'ext-js');
assert.throws(() => createRequire('relative/path'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (42)',
});
