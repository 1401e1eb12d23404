// A missing package: ERR_MODULE_NOT_FOUND "Cannot find package".
import assert from 'node:assert';

await assert.rejects(import('no-such-pkg-anywhere'), (err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
  assert.match(err.message, /^Cannot find package 'no-such-pkg-anywhere' imported from /);
  return true;
});
