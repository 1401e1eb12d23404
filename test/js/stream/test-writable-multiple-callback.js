'use strict';
// Calling the write callback twice is ERR_MULTIPLE_CALLBACK.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
w.on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ERR_MULTIPLE_CALLBACK');
  assert.strictEqual(e.message, 'Callback called multiple times');
}));
w.write('a');
