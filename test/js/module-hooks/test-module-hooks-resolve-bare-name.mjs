// A resolve hook can map a bare name to a file.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'my-b') return { url: new URL('../../fixtures/module-hooks/b.mjs', import.meta.url).href, shortCircuit: true };
    return next(specifier, context);
  },
});
const { name } = await import('my-b');
assert.strictEqual(name, 'b');
