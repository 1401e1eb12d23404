'use strict';
// stripTypeScriptTypes() validates its arguments and refuses what needs transforming.
require('../../common');
const assert = require('assert');
const { stripTypeScriptTypes } = require('module');
process.removeAllListeners('warning');
process.on('warning', () => {});
assert.throws(() => stripTypeScriptTypes(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => stripTypeScriptTypes('x', { mode: 'other' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => stripTypeScriptTypes('enum E { A }'), {
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: 'TypeScript enum is not supported in strip-only mode',
});
assert.throws(() => stripTypeScriptTypes('class P { constructor(private x: number) {} }'), {
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
});
assert.throws(() => stripTypeScriptTypes('let = ;'), { code: 'ERR_INVALID_TYPESCRIPT_SYNTAX' });
// transform mode compiles an enum
const code = stripTypeScriptTypes('enum E { A, B = 5, C }\nglobalThis.enumOut = [E.A, E.C, E[5]];', { mode: 'transform' });
(0, eval)(code);
assert.deepStrictEqual(globalThis.enumOut, [0, 6, 'B']);
