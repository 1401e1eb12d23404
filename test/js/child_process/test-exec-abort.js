'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const ac = new AbortController();
cp.exec('sleep 30', { signal: ac.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));
setTimeout(() => ac.abort(), 20);
