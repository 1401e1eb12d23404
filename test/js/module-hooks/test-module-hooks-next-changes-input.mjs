// What a hook passes to next() is what the next hook sees.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const seen = [];
registerHooks({ resolve(s, c, next) { seen.push(s); return next(s.replace('x-', './'), c); } });
registerHooks({ resolve(s, c, next) { seen.push(s); return next(s.replace('REPLACE', 'a'), c); } });
const { name } = await import('x-../../fixtures/module-hooks/REPLACE.mjs');
assert.strictEqual(name, 'a');
assert.deepStrictEqual(seen, ['x-../../fixtures/module-hooks/REPLACE.mjs', 'x-../../fixtures/module-hooks/a.mjs']);
