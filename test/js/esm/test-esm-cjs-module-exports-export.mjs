// Every CommonJS namespace has a "module.exports" export.
import assert from 'node:assert';

import { 'module.exports' as me } from '../../fixtures/esm2/cjs/object-literal.cjs';
import def from '../../fixtures/esm2/cjs/object-literal.cjs';
assert.strictEqual(me, def);
