// What a hook throws rejects the import as it was thrown (an error keeps its class, code and
// own properties); hooks that break the rules get Node's errors, naming the hook.
import assert from 'node:assert';
import { register } from 'node:module';

const hooksURL = new URL('../../fixtures/module-register/errors.mjs', import.meta.url).href;
register(hooksURL);

await assert.rejects(import('throws'), (err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'resolve failed on purpose');
  assert.strictEqual(err.code, 'MY_CODE');
  assert.strictEqual(err.detail, 7);
  return true;
});
await assert.rejects(import('throws-string'), (err) => err === 'a string');
await assert.rejects(import('bad-url'), {
  name: 'TypeError',
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: `Expected a URL string to be returned for the "url" from the "${hooksURL} 'resolve'" hook but got type number (42).`,
});
const chainIncomplete = (hook) => ({
  name: 'Error',
  code: 'ERR_LOADER_CHAIN_INCOMPLETE',
  message: `"${hooksURL} '${hook}'" did not call the next hook in its chain and did not explicitly signal a short ` +
    'circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.',
});
await assert.rejects(import('no-short-circuit'), chainIncomplete('resolve'));
await assert.rejects(import('not-object'), {
  name: 'TypeError',
  code: 'ERR_INVALID_RETURN_VALUE',
  message: `Expected an object to be returned from the "${hooksURL} 'resolve' hook's nextResolve()" function but ` +
    'got type string (\'file:///x.mjs\').',
});
await assert.rejects(import('loads-badly'), {
  name: 'TypeError',
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: 'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the "source" from the ' +
    `"${hooksURL} 'load'" hook but got type number (123).`,
});
await assert.rejects(import('bad-format'), {
  name: 'TypeError',
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: `Expected a string to be returned for the "format" from the "${hooksURL} 'load'" hook but got type number (5).`,
});
await assert.rejects(import('no-short-circuit-load'), chainIncomplete('load'));
await assert.rejects(import('unknown-format'), {
  name: 'RangeError',
  code: 'ERR_UNKNOWN_MODULE_FORMAT',
  message: 'Unknown module format: wasm2 for URL virtual:unknown-format',
});
// the hooks still work after all that
assert.strictEqual((await import('node:path')).sep, '/');
