'use strict';
// emitKeypressEvents decodes only while someone listens for 'keypress': before that the
// stream is not switched to flowing mode, and calling it twice installs one decoder.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
assert.strictEqual(input.listenerCount('data'), 0);
assert.strictEqual(input.readableFlowing, null);

input.on('keypress', common.mustCall((c, key) => {
  assert.strictEqual(c, 'x');
  assert.strictEqual(key.name, 'x');
}, 1));
assert.strictEqual(input.listenerCount('data'), 1);
input.write('x');
