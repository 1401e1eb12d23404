// Resolve hooks apply to require() too, with the require conditions.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const seen = [];
registerHooks({
  resolve(specifier, context, next) {
    seen.push([specifier, context.conditions.includes('require')]);
    return next(specifier === 'cjs-alias' ? '../../fixtures/module-hooks/c.cjs' : specifier, context);
  },
});
assert.strictEqual(require('cjs-alias').kind, 'cjs');
assert.deepStrictEqual(seen, [['cjs-alias', true]]);
