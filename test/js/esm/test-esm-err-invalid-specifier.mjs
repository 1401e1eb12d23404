// An invalid package name: ERR_INVALID_MODULE_SPECIFIER.
import assert from 'node:assert';

await assert.rejects(import('@scope'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_MODULE_SPECIFIER');
  assert.match(err.message, /^Invalid module "@scope" is not a valid package name imported from /);
  return true;
});
