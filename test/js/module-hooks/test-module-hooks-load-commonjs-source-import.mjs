// A load hook can give CommonJS source to an import.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  resolve(s, c, next) { return s === 'gen:cjs' ? { url: 'gen:cjs', shortCircuit: true } : next(s, c); },
  load(url, c, next) {
    if (url === 'gen:cjs') return { format: 'commonjs', source: 'exports.a = 1; exports.b = 2;', shortCircuit: true };
    return next(url, c);
  },
});
const ns = await import('gen:cjs');
assert.deepStrictEqual([ns.a, ns.b, ns.default.a], [1, 2, 1]);
