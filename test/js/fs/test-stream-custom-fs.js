'use strict';
// The `fs` option replaces open/read/write/close.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'abc');
const calls = [];
const custom = {
  open: (...a) => { calls.push('open'); return fs.open(...a); },
  read: (...a) => { calls.push('read'); return fs.read(...a); },
  close: (...a) => { calls.push('close'); return fs.close(...a); },
};
fs.createReadStream(p('f'), { fs: custom }).resume().on('close', common.mustCall(() => {
  assert.deepStrictEqual([calls[0], calls[calls.length - 1]], ['open', 'close']);
  assert.ok(calls.includes('read'));
}));
assert.throws(() => fs.createReadStream(p('f'), { fs: { open: 1 } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fs.open" property must be of type function. Received type number (1)',
});
