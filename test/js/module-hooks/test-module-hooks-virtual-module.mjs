// Modules that exist only in hooks, under a URL scheme of their own.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('virtual:')) return { url: specifier, shortCircuit: true };
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url === 'virtual:one') return { format: 'module', source: 'export const url = import.meta.url; export { two } from "virtual:two";', shortCircuit: true };
    if (url === 'virtual:two') return { format: 'module', source: 'export const two = 2;', shortCircuit: true };
    return next(url, context);
  },
});
const ns = await import('virtual:one');
assert.strictEqual(ns.url, 'virtual:one');
assert.strictEqual(ns.two, 2);
