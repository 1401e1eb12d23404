'use strict';
const assert = require('assert');
assert.throws(() => require('this-package-does-not-exist'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [__filename]);
  assert.strictEqual(err.message,
    `Cannot find module 'this-package-does-not-exist'\nRequire stack:\n- ${__filename}`);
  return true;
});
assert.throws(() => require('./missing-relative'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './missing-relative'\nRequire stack:\n- ${__filename}`,
});
