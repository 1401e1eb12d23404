'use strict';
// require() does not try the .ts extension either.
const assert = require('assert');
assert.throws(() => require('../../fixtures/typescript/basic'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require.resolve('../../fixtures/typescript/cjs'), { code: 'MODULE_NOT_FOUND' });
