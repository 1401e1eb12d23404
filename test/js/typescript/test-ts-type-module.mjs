// A .ts file in a "type": "module" package is an ES module; a .cts there stays CommonJS.
import assert from 'node:assert';
import path from 'node:path';
import { url, dirname } from '../../fixtures/typescript/type-module/mod.ts';
import script from '../../fixtures/typescript/type-module/script.cts';
assert.ok(url.startsWith('file:') && url.endsWith('/type-module/mod.ts'));
assert.strictEqual(dirname, path.resolve(import.meta.dirname, '../../fixtures/typescript/type-module'));
assert.deepStrictEqual(script, { kind: 'cjs', strict: false });
