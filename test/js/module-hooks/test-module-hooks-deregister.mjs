// deregister() takes a hook out of the chain.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

let calls = 0;
const hooks = registerHooks({ resolve(s, c, next) { calls++; return next(s, c); } });
await import('../../fixtures/module-hooks/a.mjs');
hooks.deregister();
await import('../../fixtures/module-hooks/b.mjs');
assert.strictEqual(calls, 1);
assert.strictEqual(typeof hooks.deregister, 'function');
