// A load hook can make a JSON module.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  load(url, c, next) {
    if (url.endsWith('/data.json')) return { format: 'json', source: '{ "changed": 1 }', shortCircuit: true };
    return next(url, c);
  },
});
const { default: data } = await import('../../fixtures/module-hooks/data.json', { with: { type: 'json' } });
assert.deepStrictEqual(data, { changed: 1 });
