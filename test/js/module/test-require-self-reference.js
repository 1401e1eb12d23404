'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'src/consumer.js'));
assert.strictEqual(req('resolve-fixture'), 'self');
assert.strictEqual(req('resolve-fixture/util'), 'self-util');
assert.throws(() => req('resolve-fixture/nope'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
