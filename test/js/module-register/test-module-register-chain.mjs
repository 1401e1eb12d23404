// Hooks registered later run first; nextResolve/nextLoad lead to the ones registered
// before, with the context merged with what the caller passed.
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/chain-first.mjs', import.meta.url);
register('../../fixtures/module-register/chain-second.mjs', import.meta.url);

const viaAlias = await import('alias:x');
assert.deepStrictEqual(viaAlias.order, ['first', 'second']);
assert.strictEqual(viaAlias.conditions, 'node import module-sync node-addons extra');

const direct = await import('chain:x');
assert.strictEqual(direct.conditions, 'node import module-sync node-addons');
assert.deepStrictEqual(direct.order, ['first', 'second']);
