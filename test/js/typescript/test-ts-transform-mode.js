'use strict';
// Transform mode (what --experimental-transform-types uses) compiles enums and parameter
// properties instead of refusing them.
require('../../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');
process.on('warning', () => {});
const source = fs.readFileSync(path.resolve(__dirname, '../../fixtures/typescript/transform.ts'), 'utf8');
assert.throws(() => stripTypeScriptTypes(source), { code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX' });
(0, eval)(stripTypeScriptTypes(source, { mode: 'transform' }));
assert.deepStrictEqual(globalThis.transformResult, [1, 2, 'Down', 'left', 6]);
