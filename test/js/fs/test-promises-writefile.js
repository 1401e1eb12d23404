'use strict';
const common = require('../../common');
const assert = require('assert');
const fsp = require('fs/promises');
const { Readable } = require('stream');
const { p } = require('./tmp');

(async () => {
  await fsp.writeFile(p('a'), new Uint8Array([65, 66, 67]));
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'ABC');
  await fsp.writeFile(p('b'), ['x', 'y', Buffer.from('z')]);
  assert.strictEqual(await fsp.readFile(p('b'), 'utf8'), 'xyz');
  async function* gen() { yield 'one '; yield 'two'; }
  await fsp.writeFile(p('c'), gen());
  assert.strictEqual(await fsp.readFile(p('c'), 'utf8'), 'one two');
  await fsp.writeFile(p('d'), Readable.from(['s1', 's2']));
  assert.strictEqual(await fsp.readFile(p('d'), 'utf8'), 's1s2');
  await fsp.writeFile(p('e'), '68656c6c6f', 'hex');
  assert.strictEqual(await fsp.readFile(p('e'), 'utf8'), 'hello');
  await assert.rejects(fsp.writeFile(p('a'), 'x', { flag: 'wx' }), { code: 'EEXIST' });
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.writeFile(p('f'), 'x', { signal: ac.signal }), { name: 'AbortError' });
  await assert.rejects(fsp.readFile(p('a'), { signal: ac.signal }), { name: 'AbortError' });
})().then(common.mustCall());
