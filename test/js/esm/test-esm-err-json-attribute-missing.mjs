// A JSON module needs `with { type: 'json' }`: without it the import fails with Node's
// ERR_IMPORT_ATTRIBUTE_MISSING, for a dynamic import() and for a static import alike.
import assert from 'node:assert';

const dataURL = new URL('../../fixtures/esm-errors/data.json', import.meta.url).href;
const expected = {
  name: 'TypeError',
  code: 'ERR_IMPORT_ATTRIBUTE_MISSING',
  message: `Module "${dataURL}" needs an import attribute of "type: json"`,
};
await assert.rejects(import('../../fixtures/esm-errors/data.json'), expected);
await assert.rejects(import('../../fixtures/esm-errors/static-json-missing.mjs'), expected);

const ok = await import('../../fixtures/esm-errors/static-json-ok.mjs');
assert.deepStrictEqual(ok.default, { answer: 42 });
const direct = await import('../../fixtures/esm-errors/static-json-ok.mjs?again');
assert.strictEqual(direct.default, ok.default);
