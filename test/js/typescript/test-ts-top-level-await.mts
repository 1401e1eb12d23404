// Top-level await in .mts modules, the entry point and what it imports.
import assert from 'node:assert';
import { waited } from '../../fixtures/typescript/tla.mts';
const later: number = await Promise.resolve(2);
assert.deepStrictEqual([waited, later], [1, 2]);
