// Builtins pass through the hooks as node: URLs with the builtin format.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const seen = [];
registerHooks({
  resolve(s, c, next) { const r = next(s, c); seen.push(r.url); return r; },
  load(url, c, next) { const r = next(url, c); seen.push(`${r.format}:${r.source}`); return r; },
});
const { sep } = await import('node:path');
assert.strictEqual(sep, '/');
assert.deepStrictEqual(seen, ['node:path', 'builtin:null']);
