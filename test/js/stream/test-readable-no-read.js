'use strict';
// A Readable without _read fails with ERR_METHOD_NOT_IMPLEMENTED.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable();
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.strictEqual(e.message, 'The _read() method is not implemented');
}));
r.resume();
