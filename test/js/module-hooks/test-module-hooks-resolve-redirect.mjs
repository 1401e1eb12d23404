// A resolve hook sends an import somewhere else.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const hooks = registerHooks({
  resolve(specifier, context, next) {
    return next(specifier === 'alias:a' ? new URL('../../fixtures/module-hooks/a.mjs', import.meta.url).href : specifier, context);
  },
});
assert.strictEqual((await import('alias:a')).name, 'a');
hooks.deregister();
