'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'abc');
const ac = new AbortController();
ac.abort();
fs.readFile(p('a'), { signal: ac.signal }, common.mustCall((err, data) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(data, undefined);
}));
const ac2 = new AbortController();
fs.readFile(p('a'), { signal: ac2.signal, encoding: 'utf8' }, common.mustCall((err, data) => {
  assert.strictEqual(err.name, 'AbortError');
}));
ac2.abort();
assert.throws(() => fs.readFile(p('a'), { signal: 1 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
