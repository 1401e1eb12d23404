// Synchronous hooks (registerHooks) run first; the end of their chain is the asynchronous
// hooks' chain (register), which ends in the defaults.
import assert from 'node:assert';
import { register, registerHooks } from 'node:module';

register('../../fixtures/module-register/virtual.mjs', import.meta.url);
const seen = [];
const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    seen.push(`resolve ${specifier}`);
    // sync:answer is a name only this hook knows; the async hooks know virtual:answer
    return nextResolve(specifier.startsWith('sync:') ? `virtual:${specifier.slice(5)}` : specifier, context);
  },
  load(url, context, nextLoad) {
    seen.push(`load ${url}`);
    const result = nextLoad(url, context);
    if (url !== 'virtual:answer') return result;
    return { ...result, source: `${result.source}\nexport const touched = true;` };
  },
});

const ns = await import('sync:answer');
assert.strictEqual(ns.default, 42);
assert.strictEqual(ns.touched, true);
assert.deepStrictEqual(seen, ['resolve sync:answer', 'load virtual:answer']);
hooks.deregister();
