'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

// a sparse 3 GiB file: too large for one Buffer/string
fs.writeFileSync(p('big'), '');
fs.truncateSync(p('big'), 3 * 1024 ** 3);
assert.throws(() => fs.readFileSync(p('big')), {
  name: 'RangeError', code: 'ERR_FS_FILE_TOO_LARGE',
  message: 'File size (3221225472) is greater than 2 GiB',
});
fs.readFile(p('big'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_FILE_TOO_LARGE');
  fs.unlinkSync(p('big'));
}));
