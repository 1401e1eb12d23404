'use strict';
// Crypto objects as streams: 300 KB through cipher -> decipher and hash pipelines in uneven
// chunks match the one-shot results; Sign/Verify accept piped data.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');

const input = Buffer.from(Array.from({ length: 300000 }, (_, i) => (i * 7 + (i >> 9)) & 0xff));
function chunks() {
  const out = [];
  for (let i = 0, n = 1; i < input.length; i += n, n = (n * 3 + 1) % 20000 + 1) out.push(input.subarray(i, i + n));
  return out;
}
function sink(done) {
  const parts = [];
  return new Writable({
    write(c, e, cb) { parts.push(c); cb(); },
    final(cb) { done(Buffer.concat(parts)); cb(); },
  });
}

const key = Buffer.alloc(32, 3);
const iv = Buffer.alloc(16, 4);
for (const alg of ['aes-256-cbc', 'aes-256-ctr', 'aes-256-cfb', 'chacha20']) {
  pipeline(Readable.from(chunks()), crypto.createCipheriv(alg, key, iv), crypto.createDecipheriv(alg, key, iv),
           sink(common.mustCall((out) => assert.deepStrictEqual(out, input, alg))), common.mustSucceed());
}
{
  const c = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  pipeline(Readable.from(chunks()), c, sink(common.mustCall((ct) => {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
    d.setAuthTag(c.getAuthTag());
    assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), input);
  })), common.mustSucceed());
}
pipeline(Readable.from(chunks()), crypto.createHash('sha512'), sink(common.mustCall((d) => {
  assert.strictEqual(d.toString('hex'), crypto.createHash('sha512').update(input).digest('hex'));
})), common.mustSucceed());
pipeline(Readable.from(chunks()), crypto.createHmac('sha3-256', 'k'), sink(common.mustCall((d) => {
  assert.strictEqual(d.toString('hex'), crypto.createHmac('sha3-256', 'k').update(input).digest('hex'));
})), common.mustSucceed());

{
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const s = crypto.createSign('sha256');
  Readable.from(chunks()).pipe(s).on('finish', common.mustCall(() => {
    const sig = s.sign(privateKey);
    const v = crypto.createVerify('sha256');
    for (const c of chunks()) v.write(c);
    v.end();
    assert.ok(v.verify(publicKey, sig));
    assert.ok(crypto.verify('sha256', input, publicKey, sig));
  }));
}
