// Scheme-only builtins (node:test) need the node: prefix.
import assert from 'node:assert';

const { test } = await import('node:test');
assert.strictEqual(typeof test, 'function');
await assert.rejects(import('test'), { code: 'ERR_MODULE_NOT_FOUND' });
