'use strict';
// hasColors([count][, env]): count defaults to 16, env may come first; count is validated.
require('../../common');
const assert = require('assert');
const tty = require('tty');

const hasColors = tty.WriteStream.prototype.hasColors;
assert.strictEqual(hasColors.call({}, {}), false);
assert.strictEqual(hasColors.call({}, { TERM: 'xterm' }), true);
assert.strictEqual(hasColors.call({}, { TERM: 'xterm-256color' }), true);
assert.strictEqual(hasColors.call({}, 256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(hasColors.call({}, 257, { TERM: 'xterm-256color' }), false);
assert.strictEqual(hasColors.call({}, 2, {}), true);
assert.strictEqual(hasColors.call({}, 2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.throws(() => hasColors.call({}, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "count" is out of range. It must be >= 2 && <= 9007199254740991. Received 1',
});
assert.throws(() => hasColors.call({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "count" argument must be of type number. Received type string (\'x\')',
});
