// import.meta.main is true only in the entry point.
import assert from 'node:assert';

import { main, url } from '../../fixtures/esm2/esm/meta-child.mjs';
assert.strictEqual(import.meta.main, true);
assert.strictEqual(main, false);
assert.ok(url.endsWith('/esm2/esm/meta-child.mjs'));
