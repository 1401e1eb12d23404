'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.mkdirSync(p('real'));
fs.symlinkSync(p('real'), p('dirlink'));
fs.symlinkSync('missing', p('broken'));
const byName = Object.fromEntries(fs.readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
assert.strictEqual(byName.real.isDirectory(), true);
// a link is reported as a link, not as what it points to
assert.strictEqual(byName.dirlink.isSymbolicLink(), true);
assert.strictEqual(byName.dirlink.isDirectory(), false);
assert.strictEqual(byName.broken.isSymbolicLink(), true);
// recursive listing descends into directories reached through links (not broken ones)
fs.writeFileSync(p('real/inside'), '');
assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(),
  ['broken', 'dirlink', 'dirlink/inside', 'real', 'real/inside']);
