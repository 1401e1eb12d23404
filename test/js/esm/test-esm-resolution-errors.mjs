// Resolution errors, as Node words them: full file names are required, directories cannot
// be imported, unknown extensions are refused.
import assert from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const here = import.meta.filename;
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/esm');

await assert.rejects(import('../../fixtures/esm/counter'), (err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module '${fixtures}/counter' imported from ${here}`);
  assert.strictEqual(err.url, pathToFileURL(`${fixtures}/counter`).href);
  assert.strictEqual(err.name, 'Error');
  return true;
});

// Node's "Did you mean" hint resolves the specifier as CommonJS from the working directory
process.chdir(import.meta.dirname);
await assert.rejects(import('../../fixtures/esm/dir-import'), (err) => {
  assert.strictEqual(err.code, 'ERR_UNSUPPORTED_DIR_IMPORT');
  assert.strictEqual(err.message,
    `Directory import '${fixtures}/dir-import' is not supported resolving ES modules imported from ${here}\n` +
    'Did you mean to import "../../fixtures/esm/dir-import/index.js"?');
  assert.strictEqual(err.url, pathToFileURL(`${fixtures}/dir-import`).href);
  return true;
});

await assert.rejects(import('../../fixtures/esm/notes.txt'), {
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  name: 'TypeError',
  message: `Unknown file extension ".txt" for ${fixtures}/notes.txt`,
});

await assert.rejects(import('no-such-package-xyz'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package-xyz' imported from ${here}`,
});

await assert.rejects(import('https://example.com/x.mjs'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
});

// percent-encoded file names
await assert.rejects(import('../../fixtures/esm/has%20space.mjs'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${fixtures}/has space.mjs' imported from ${here}`,
});

// the hint names what require() would have found
await assert.rejects(import('../../fixtures/esm/cjs/ambiguous-cjs'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${fixtures}/cjs/ambiguous-cjs' imported from ${here}\n` +
    'Did you mean to import "../../fixtures/esm/cjs/ambiguous-cjs.js"?',
});
await assert.rejects(import('./test-esm-dynamic-import-from-cjs'), {
  message: `Cannot find module '${import.meta.dirname}/test-esm-dynamic-import-from-cjs' imported from ${here}\n` +
    'Did you mean to import "./test-esm-dynamic-import-from-cjs.js"?',
});

// a failed import can be retried and fails the same way
await assert.rejects(import('../../fixtures/esm/counter'), { code: 'ERR_MODULE_NOT_FOUND' });
console.log('ok');
