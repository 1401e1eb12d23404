// A .mts entry point is an ES module: it imports .mts, .cts and type-only .ts modules.
import assert from 'node:assert';
import Greeter, { hello } from '../../fixtures/typescript/esm.mts';
import type { Name } from '../../fixtures/typescript/esm.mts';
import cjs, { a, b } from '../../fixtures/typescript/cjs.cts';
import * as typesOnly from '../../fixtures/typescript/types-only.ts';

const who: Name = 'ts';
assert.strictEqual(hello(who), 'hi ts');
assert.strictEqual(new Greeter().greet(who), 'hi ts');
assert.deepStrictEqual([a, b, cjs.a], [1, 2, 1]);
// nothing is left once the types are gone: no module syntax, so CommonJS
assert.deepStrictEqual(Object.keys(typesOnly), ['default', 'module.exports']);
assert.strictEqual(typeof require, 'undefined');
assert.ok(import.meta.filename.endsWith('test-ts-entry-module.mts'));
