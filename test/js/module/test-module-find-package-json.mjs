// module.findPackageJSON(): a bare specifier gives its package's root package.json (its
// "exports" aside); a relative or absolute one the closest package.json above the file,
// which must exist; base is a file: URL, a URL object or a path.
import assert from 'node:assert';
import { createRequire, findPackageJSON } from 'node:module';
import { fileURLToPath } from 'node:url';

const base = new URL('../../fixtures/find-package-json/proj/main.js', import.meta.url);
const root = fileURLToPath(new URL('./', base));

assert.strictEqual(findPackageJSON('./sub/deep/a.js', base), `${root}sub/package.json`);
assert.strictEqual(findPackageJSON('./main.js', base.href), `${root}package.json`);
assert.strictEqual(findPackageJSON('./sub/deep/a.js', fileURLToPath(base)), `${root}sub/package.json`);
assert.strictEqual(findPackageJSON(base), `${root}package.json`);
assert.strictEqual(findPackageJSON(new URL('sub/', base)), `${root}sub/package.json`);
assert.strictEqual(findPackageJSON('pkg', base), `${root}node_modules/pkg/package.json`);
assert.strictEqual(findPackageJSON('pkg/x', base), `${root}node_modules/pkg/package.json`);
assert.strictEqual(findPackageJSON('pkg/lib/x.js', base), `${root}node_modules/pkg/package.json`);
assert.strictEqual(findPackageJSON('@scope/named', base), `${root}node_modules/@scope/named/package.json`);
// from CommonJS, with __filename as the base
const require = createRequire(base);
assert.strictEqual(require('node:module').findPackageJSON('./sub/deep/a.js', fileURLToPath(base)), `${root}sub/package.json`);

assert.throws(() => findPackageJSON('missing-pkg', base), {
  name: 'Error',
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'missing-pkg' imported from ${root}main.js`,
});
assert.throws(() => findPackageJSON('./nothere.js', base), {
  name: 'Error',
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${root}nothere.js' imported from ${root}main.js`,
});
assert.throws(() => findPackageJSON('./main.js'), {
  name: 'TypeError',
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  message: 'Failed to resolve module specifier "./main.js" from "data:": Invalid relative URL or base scheme is ' +
    'not hierarchical.',
});
assert.throws(() => findPackageJSON('node:fs', base), { name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
assert.throws(() => findPackageJSON('./x', 5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "base" argument must be of type string. Received type number (5)',
});
assert.throws(() => findPackageJSON('5'), { name: 'TypeError', code: 'ERR_INVALID_URL' });
