// The static imports of a hooked module go through the hooks as well.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const resolved = [];
registerHooks({ resolve(s, c, next) { resolved.push(s); return next(s, c); } });
const { name } = await import('../../fixtures/module-hooks/imports-a.mjs');
assert.strictEqual(name, 'a');
assert.deepStrictEqual(resolved, ['../../fixtures/module-hooks/imports-a.mjs', './a.mjs']);
