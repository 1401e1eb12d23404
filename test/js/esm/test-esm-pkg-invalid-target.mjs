// An "exports" target without "./": ERR_INVALID_PACKAGE_TARGET.
import assert from 'node:assert';

import { importIn } from '../../fixtures/esm2/pkgs/entry.mjs';
await assert.rejects(importIn('bad-target'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_PACKAGE_TARGET');
  assert.match(err.message, /^Invalid "exports" main target "index.js" defined in the package config .*bad-target\/package.json imported from .*; targets must start with "\.\/"$/);
  return true;
});
