'use strict';
// import() from CommonJS resolves against the calling file and shares instances with the
// ES module graph; CommonJS modules imported this way share require's cache.
const common = require('../../common');
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '../../fixtures/esm');

(async () => {
  const ns = await import('../../fixtures/esm/counter.mjs');
  assert.strictEqual(ns.default, 'counter-default');
  ns.increment();
  const again = await import(`${fixtures}/counter.mjs`);
  assert.strictEqual(again, ns);
  assert.strictEqual(again.count, 1);

  // from a CommonJS module in another folder: relative to that file
  const usesImport = require('../../fixtures/esm/cjs/uses-import.cjs');
  assert.strictEqual(await usesImport.load(), ns);
  assert.strictEqual(await usesImport.loadRelative('../counter.mjs'), ns);

  // a CommonJS module: the same exports object as require() gives
  const viaImport = await import('../../fixtures/esm/cjs/exports-dot.cjs');
  assert.strictEqual(viaImport.default, require('../../fixtures/esm/cjs/exports-dot.cjs'));

  // a file URL works as a specifier too
  const viaUrl = await import(require('url').pathToFileURL(`${fixtures}/counter.mjs`).href);
  assert.strictEqual(viaUrl, ns);

  await assert.rejects(import('./no-such-file.mjs'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${__dirname}/no-such-file.mjs' imported from ${__filename}`,
  });
})().then(common.mustCall());
