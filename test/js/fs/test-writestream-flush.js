'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const ws = fs.createWriteStream(p('f'), { flush: true });
ws.end('flushed');
ws.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'flushed');
}));
assert.throws(() => fs.createWriteStream(p('g'), { flush: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flush" property must be of type boolean. Received type string (\'yes\')',
});
