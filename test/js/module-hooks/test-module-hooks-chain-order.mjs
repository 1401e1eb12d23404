// Hooks run last-registered first; each calls the next one.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const order = [];
registerHooks({ resolve(s, c, next) { order.push('first'); return next(s, c); } });
registerHooks({ resolve(s, c, next) { order.push('second'); return next(s, c); } });
await import('../../fixtures/module-hooks/a.mjs');
assert.deepStrictEqual(order, ['second', 'first']);
