// Type-only exports and re-exports disappear; value exports next to them stay.
import assert from 'node:assert';
import * as ns from './fixtures-export-type.mts';
assert.deepStrictEqual(Object.keys(ns), ['value']);
