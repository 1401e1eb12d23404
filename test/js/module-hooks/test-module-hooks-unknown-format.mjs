// An unknown format from a load hook is ERR_UNKNOWN_MODULE_FORMAT.
import assert from 'node:assert';
import { registerHooks } from 'node:module';

registerHooks({ load(url, c, next) { return url.endsWith('a.mjs') ? { format: 'weird', source: 'x', shortCircuit: true } : next(url, c); } });
const url = new URL('../../fixtures/module-hooks/a.mjs', import.meta.url).href;
await assert.rejects(import(url), {
  code: 'ERR_UNKNOWN_MODULE_FORMAT',
  name: 'RangeError',
  message: `Unknown module format: weird for URL ${url}`,
});
