'use strict';
require('../../common');
const assert = require('assert');
const path = require('path');
const { fileURLToPath, pathToFileURL } = require('url');

assert.strictEqual(fileURLToPath('file:///a/b%20c/%C3%A9'), '/a/b c/é');
assert.strictEqual(fileURLToPath(new URL('file:///x/y/')), '/x/y/');
assert.strictEqual(fileURLToPath('file://localhost/etc/x'), '/etc/x');
assert.strictEqual(fileURLToPath('file:///C:/x', { windows: true }), 'C:\\x');
assert.strictEqual(fileURLToPath('file://server/share/f', { windows: true }), '\\\\server\\share\\f');
assert.throws(() => fileURLToPath('file:///x', { windows: true }), { code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must be absolute' });
assert.throws(() => fileURLToPath('file:///C:/a%5Cb', { windows: true }), { code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters' });
assert.throws(() => fileURLToPath('http://a'), { name: 'TypeError', code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file' });
assert.throws(() => fileURLToPath('file://host/a'), { code: 'ERR_INVALID_FILE_URL_HOST',
  message: 'File URL host must be "localhost" or empty on linux' });
assert.throws(() => fileURLToPath('file:///a%2f'), { code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters' });
assert.throws(() => fileURLToPath('file:///a%2F'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => fileURLToPath(1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (1)' });
assert.throws(() => fileURLToPath('nope'), { code: 'ERR_INVALID_URL' });
assert.throws(() => fileURLToPath('file:///%E0%A4%A'), URIError);
// A URL-like object passes when it has href and protocol but not the legacy fields.
assert.strictEqual(fileURLToPath({ href: 'file:///q', protocol: 'file:', hostname: '', pathname: '/q' }), '/q');

assert.strictEqual(pathToFileURL('/a b#?%/é').href, 'file:///a%20b%23%3F%25/%C3%A9');
assert.strictEqual(pathToFileURL('/tab\there\nnl\\x').href, 'file:///tab%09here%0Anl%5Cx');
assert.strictEqual(pathToFileURL('/x/y/').href, 'file:///x/y/');
assert.strictEqual(pathToFileURL('/x/./y/../z').href, 'file:///x/z');
assert.strictEqual(pathToFileURL('rel/x').href, new URL('file://' + path.resolve('rel/x')).href);
assert.strictEqual(pathToFileURL('rel/x/').href.endsWith('/rel/x/'), true);
assert.strictEqual(pathToFileURL('C:\\a\\b c', { windows: true }).href, 'file:///C:/a/b%20c');
assert.strictEqual(pathToFileURL('\\\\srv\\share\\f', { windows: true }).href, 'file://srv/share/f');
assert.ok(pathToFileURL('/x') instanceof URL);
assert.throws(() => pathToFileURL(1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (1)' });
for (const p of ['/a/b c', '/é/ü', '/%41', '/q?x#y']) assert.strictEqual(fileURLToPath(pathToFileURL(p)), p);
