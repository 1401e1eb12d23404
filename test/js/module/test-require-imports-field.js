'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'src/consumer.js'));
assert.strictEqual(req('#internal'), 'internal');
assert.strictEqual(req('#cond'), 'cond-node');
assert.strictEqual(req('#dep').version, '1.0.0');
assert.strictEqual(req('#pat/one'), 'pat-one');
assert.throws(() => req('#missing'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#missing" is not defined in package ${fixture}/package.json imported from ${path.join(fixture, 'src/consumer.js')}`,
});
