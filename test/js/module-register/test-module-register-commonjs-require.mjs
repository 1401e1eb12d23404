// A CommonJS module whose source a load hook gave, imported: its require() calls go through
// the CommonJS loader, not the asynchronous hooks (as in Node 24).
import assert from 'node:assert';
import { register } from 'node:module';

register('../../fixtures/module-register/commonjs-require.mjs', import.meta.url);
const { default: parent } = await import('../../fixtures/module-register/hooked-parent.cjs');
assert.deepStrictEqual(parent, { dep: 'MODULE_NOT_FOUND', plain: { fromFile: true }, fs: 'function' });
