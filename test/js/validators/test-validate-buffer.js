'use strict';
// validateBuffer through fs.readSync.
require('../../common');
const assert = require('assert');
const fs = require('fs');

for (const [value, received] of [['str', "type string ('str')"], [[1], 'an instance of Array'], [new ArrayBuffer(1), 'an instance of ArrayBuffer']]) {
  assert.throws(() => fs.readSync(0, value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received ${received}`,
  });
}
