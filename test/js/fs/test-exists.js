'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('f'), '');
assert.strictEqual(fs.existsSync(p('f')), true);
assert.strictEqual(fs.existsSync(dir), true);
assert.strictEqual(fs.existsSync(p('nope')), false);
assert.strictEqual(fs.existsSync(p('f/x')), false);
assert.strictEqual(fs.existsSync(Buffer.from(p('f'))), true);
assert.strictEqual(fs.existsSync('a\0b'), false);
fs.symlinkSync('nowhere', p('dangling'));
assert.strictEqual(fs.existsSync(p('dangling')), false);
fs.exists(p('f'), common.mustCall((e) => assert.strictEqual(e, true)));
fs.exists(p('nope'), common.mustCall((e) => assert.strictEqual(e, false)));
assert.throws(() => fs.exists(p('f')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
