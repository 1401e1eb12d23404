'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.mkdirSync(p('a/b'), { recursive: true });
fs.writeFileSync(p('a/b/c'), '');
fs.writeFileSync(p('top'), '');
const d = fs.opendirSync(dir, { recursive: true });
const seen = [];
let e;
while ((e = d.readSync()) !== null) seen.push(`${e.parentPath.slice(dir.length)}/${e.name}`);
d.closeSync();
assert.deepStrictEqual(seen.sort(), ['/a', '/a/b', '/a/b/c', '/top']);
(async () => {
  const out = [];
  for await (const ent of await fs.promises.opendir(dir, { recursive: true })) {
    out.push(`${ent.parentPath.slice(dir.length)}/${ent.name}`);
  }
  assert.deepStrictEqual(out.sort(), ['/a', '/a/b', '/a/b/c', '/top']);
})().then(common.mustCall());
