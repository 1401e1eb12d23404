'use strict';
// finished(stream, { signal }): aborting calls back with an AbortError.
const common = require('../../common');
const assert = require('assert');
const { finished, Readable } = require('stream');

const ac = new AbortController();
const r = new Readable({ read() {} });
finished(r, { signal: ac.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  // The stream itself is left alone.
  assert.strictEqual(r.destroyed, false);
}));
ac.abort();
assert.throws(() => finished(r, { signal: 'x' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
