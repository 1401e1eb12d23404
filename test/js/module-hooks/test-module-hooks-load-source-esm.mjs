// A load hook changes the source of an ES module.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  load(url, context, next) {
    const result = next(url, context);
    if (url.endsWith('/b.mjs')) return { ...result, source: `${result.source}\nexport const added = 2;` };
    return result;
  },
});
const ns = await import('../../fixtures/module-hooks/b.mjs');
assert.deepStrictEqual({ ...ns }, { added: 2, name: 'b' });
