// A CommonJS module require()s an ESM-only package (require(esm)).
import assert from 'node:assert';

import cjsEntry from '../../fixtures/esm2/pkgs/entry.cjs';
const ns = cjsEntry.requireIn('esm-only');
assert.strictEqual(ns.default(), 'esm-only');
assert.strictEqual(ns.named, 'named');
assert.strictEqual(ns.__esModule, true);
