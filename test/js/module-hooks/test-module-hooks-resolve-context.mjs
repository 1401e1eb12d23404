// What the resolve and load hooks are told for an import.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const seen = {};
registerHooks({
  resolve(specifier, context, next) {
    seen.resolve = { specifier, parentURL: context.parentURL, conditions: context.conditions };
    const r = next(specifier, context);
    seen.resolved = { url: r.url, format: r.format };
    return r;
  },
  load(url, context, next) {
    const r = next(url, context);
    seen.load = { format: context.format, result: r.format, isBuffer: Buffer.isBuffer(r.source) };
    return r;
  },
});
await import('../../fixtures/module-hooks/a.mjs');
const url = new URL('../../fixtures/module-hooks/a.mjs', import.meta.url).href;
assert.deepStrictEqual(seen, {
  resolve: { specifier: '../../fixtures/module-hooks/a.mjs', parentURL: import.meta.url,
    conditions: ['node', 'import', 'module-sync', 'node-addons'] },
  resolved: { url, format: 'module' },
  load: { format: 'module', result: 'module', isBuffer: true },
});
