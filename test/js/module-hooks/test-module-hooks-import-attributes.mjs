// Hooks see the import attributes the import statement carries (null-prototype objects).
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const seen = {};
const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    seen[`resolve ${specifier}`] = context.importAttributes;
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    seen[`load ${url.slice(url.lastIndexOf('/') + 1)}`] = context.importAttributes;
    return nextLoad(url, context);
  },
});

await import('../../fixtures/esm-errors/static-json-ok.mjs');
await import('../../fixtures/esm-errors/plain.mjs');
assert.deepStrictEqual(seen, {
  'resolve ../../fixtures/esm-errors/static-json-ok.mjs': { __proto__: null },
  'load static-json-ok.mjs': { __proto__: null },
  'resolve ./data.json': { __proto__: null, type: 'json' },
  'load data.json': { __proto__: null, type: 'json' },
  'resolve ../../fixtures/esm-errors/plain.mjs': { __proto__: null },
  'load plain.mjs': { __proto__: null },
});
hooks.deregister();
