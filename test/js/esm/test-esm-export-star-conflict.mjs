// export * from two modules leaves out a name both export.
import assert from 'node:assert';

import * as ns from '../../fixtures/esm2/esm/star-both.mjs';
assert.deepStrictEqual(Object.keys(ns), ['a', 'b']);
