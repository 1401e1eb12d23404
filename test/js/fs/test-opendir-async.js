'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

for (const n of ['a', 'b']) fs.writeFileSync(p(n), '');
fs.opendir(dir, common.mustSucceed((d) => {
  d.read(common.mustSucceed((e1) => {
    assert.ok(['a', 'b'].includes(e1.name));
    d.read(common.mustSucceed((e2) => {
      assert.ok(['a', 'b'].includes(e2.name));
      assert.notStrictEqual(e1.name, e2.name);
      d.read(common.mustSucceed((e3) => {
        assert.strictEqual(e3, null);
        d.close(common.mustSucceed(() => {
          d.close(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_DIR_CLOSED')));
        }));
      }));
    }));
  }));
}));
fs.opendir(p('nope'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'opendir');
  // the async error names the path; the sync one does not
  assert.strictEqual(err.message, `ENOENT: no such file or directory, opendir '${p('nope')}'`);
}));
assert.throws(() => fs.opendirSync(p('nope')), {
  code: 'ENOENT', message: 'ENOENT: no such file or directory, opendir',
});
(async () => {
  const d = await fs.promises.opendir(dir);
  const seen = [];
  for await (const e of d) seen.push(e.name);
  assert.deepStrictEqual(seen.sort(), ['a', 'b']);
  await assert.rejects(d.close(), { code: 'ERR_DIR_CLOSED' });
  const d2 = await fs.promises.opendir(dir);
  assert.notStrictEqual(await d2.read(), null);
  await d2.close();
})().then(common.mustCall());
