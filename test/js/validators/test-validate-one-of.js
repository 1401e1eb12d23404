'use strict';
// validateOneOf through fs.symlinkSync's type argument.
require('../../common');
const assert = require('assert');
const fs = require('fs');

for (const [value, received] of [['x', "'x'"], [1, '1'], [{}, '{}'], ['DIR', "'DIR'"]]) {
  assert.throws(() => fs.symlinkSync('/nonexistent-node4j-target', '/nonexistent-node4j-dir/link', value), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'type' must be one of: 'dir', 'file', 'junction', null, undefined. " +
      `Received ${received}`,
  });
}
// null and undefined pass validation and reach the file system.
for (const value of [null, undefined]) {
  assert.throws(() => fs.symlinkSync('/nonexistent-node4j-target', '/nonexistent-node4j-dir/link', value),
    { code: 'ENOENT' });
}
