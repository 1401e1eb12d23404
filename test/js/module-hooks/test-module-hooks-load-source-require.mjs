// A load hook changes the source of a CommonJS module loaded by require().
import assert from 'node:assert';
import { registerHooks } from 'node:module';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
registerHooks({
  load(url, context, next) {
    const result = next(url, context);
    if (url.endsWith('/c.cjs')) return { format: 'commonjs', source: 'exports.kind = "hooked";', shortCircuit: true };
    return result;
  },
});
assert.strictEqual(require('../../fixtures/module-hooks/c.cjs').kind, 'hooked');
