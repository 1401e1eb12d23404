'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { pathToFileURL } = require('url');
const { p } = require('./tmp');

const u = pathToFileURL(p('a b.txt'));
fs.writeFileSync(u, 'via url');
assert.strictEqual(fs.readFileSync(p('a b.txt'), 'utf8'), 'via url');
assert.strictEqual(fs.readFileSync(u, 'utf8'), 'via url');
assert.strictEqual(fs.existsSync(u), true);
assert.strictEqual(fs.statSync(u).size, 7);
fs.mkdirSync(new URL(`${pathToFileURL(p('dir'))}`));
assert.deepStrictEqual(fs.readdirSync(pathToFileURL(p('dir'))), []);
assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file://host/x')), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => fs.readFileSync(new URL('file:///a%2fb')), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
fs.readFile(u, 'utf8', common.mustSucceed((s) => assert.strictEqual(s, 'via url')));
fs.promises.stat(u).then(common.mustCall((s) => assert.strictEqual(s.size, 7)));
