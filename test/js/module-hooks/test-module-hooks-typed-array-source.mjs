// A load hook source may be a Uint8Array or an ArrayBuffer.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({
  resolve(s, c, next) { return s.startsWith('bytes:') ? { url: s, shortCircuit: true } : next(s, c); },
  load(url, c, next) {
    const bytes = new TextEncoder().encode('export default 7;');
    if (url === 'bytes:view') return { format: 'module', source: bytes, shortCircuit: true };
    if (url === 'bytes:buffer') return { format: 'module', source: bytes.buffer, shortCircuit: true };
    return next(url, c);
  },
});
assert.strictEqual((await import('bytes:view')).default, 7);
assert.strictEqual((await import('bytes:buffer')).default, 7);
