'use strict';
const assert = require('assert');
const path = require('path');
const fixture = require('path').join(__dirname, '../../fixtures/resolve');
const req = require('module').createRequire(path.join(fixture, 'index.js'));
const pkgDir = path.join(fixture, 'node_modules/cond-pkg') + '/';
assert.throws(() => req('cond-pkg/dist/legacy.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './dist/legacy.js' is not defined by "exports" in ${pkgDir}package.json`,
});
assert.throws(() => req('cond-pkg/private/x'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('null-target/hidden'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.strictEqual(req('null-target'), 'null-target');
const nme = path.join(fixture, 'node_modules/no-main-exports') + '/';
assert.throws(() => req('no-main-exports'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${nme}package.json`,
});
assert.strictEqual(req('no-main-exports/sub'), 'nme-sub');
