// A .js entry point that no package.json "type" claims, with ES module syntax: Node 24
// detects it and runs it as an ES module.
import assert from 'node:assert';
import { detected } from '../../fixtures/esm/cjs/ambiguous-esm.js';
import cjs from '../../fixtures/esm/cjs/ambiguous-cjs.js';

assert.strictEqual(detected, 'esm0');
assert.deepStrictEqual(cjs, { detected: 'cjs' });
assert.strictEqual(typeof require, 'undefined');
assert.strictEqual(import.meta.filename.endsWith('test-esm-detect-main.js'), true);
console.log('ok');
