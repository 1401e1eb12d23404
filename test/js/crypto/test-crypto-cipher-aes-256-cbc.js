'use strict';
// aes-256-cbc: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree; setAutoPadding(false) on whole blocks; a wrong key or truncated input fails as in Node.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-cbc";
const key = bytes(32, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "8cf4ccdde7ed436751a36ea8c6c8ca53",
 "6b6dd09512ed140658614e4e3a805eed",
 "c340d812f47d1534d442b7b672d201cb145149dcfbcdd5e898c664e4d625b571",
 "9997b240a9a9aaf5610ced78a4188ac531649b932cae9013d6676e4ec491e6053221283e463584e1dba46378bbf4ba2f",
 "c420fa1ac3a745bdafec73d35235aa052e3e8b68a45b889c798fd00137a8f33366965e4d594cc746d2938f1b82e351dbc280b5122576a60017d608c1d63f3413836d805178430e7b6f586c84d101620cea201a22ca2ddbdaa12ef4058884e73bfd0a6448c6fdbebc1a6d560ca0c7d98f62ee52cbcd51f8892ca5ba066c580b52439eb301c14fef4b424d41f2e75d4e2b9e6e5ca33119cc0e48c6d30fddec41882666bdb60a8ea59e6fc687177eb312f76bf146602e5d617eb0cbf6a1b731ac9ae85e37dbc3fc88d1c3b5298f83c37c38991391306334626594903aac314befb4d6c1423def0141bb1b528eedad19480bb8f90536df7c7deb14c882b5ec5e97be0c7849462167e2fb9ca9acba81aa1086b2109c2e4a154efe2e73fec145d405f606e46bad9b08bb1e551700924faf0668b11497f20fd639d0abf8e89025277442b96a3bb06ca66ad902906d0020e2a0de1221be6e70737a12b00b97a84887b74256862cb86c294f55b9e81f7be04ab32ece17a400b15e47760b40a9696f93000f87de15ea9dbaf9e1533a8c9f96b6fda32dc050b0bcd4dfaa86bd2e237b13e2687bd4e07f641fe9ee4b1b636fd269f5ffce475c888d16aa16845469642b895e62872d7b4b63be1d31c3c4c48c381e002130a8eec6b991b6bae0a2006d17e260ab3d08e7267fd14f963e857e0bbe9c6206b4fcacdac384587428dd4c673159fdde796600b087a39074cd368f5b5eb21ede9f5b3f772b4af0e3d4e9a8966b8c3c03272b5d0dbdb1b80b3459e06f7cf7f0c50af16f607b4279bb01d865f7ce870d11cc3e1399471009607815a37ab6d33ca96c8b313c63c5e67e4e19aa37bedd046c7d8da52546d8af2be578f7ed3a7f9827dd3b4137a66192766eeb6a05dd06105d5c416130f21f425490bea4a2759149b81070049f7715c3dc3af17b766893bb714a8823a10b984d5b838da8aec2e2025e076e0905a5da13631240e44fa123913f8ecc1c41fc8bbb66235f73b04f344badacfb3d40bedb422996ca3caf6d5be0632571a9cf0a0deddab8584c97c0596940926f150bc32e476f8c058ef97b5181ffb6cc1ea1ac120b89f378d6b9f40765b215262bfb46ea6c9ba9c54248b961613c49e25490cf337c33d937aa038dbebb2bc89a6c1b961ea865cbc6082c0a9d16acd714b736da02ada204352fd2d2d3d9190f704cac62a9197ab1cf345fbcff726baa97a17fd415911c9c8b64951bf381bc4c5befc50cdea0dcf1e5f47df0f5bd0eb6385025fc235b62b6072d6b385c28b5b0ecd805a28a02d3477ffc2fa354d85cff109abca665640f89e14c9c1170a87a070f5986e133e5708ed03d77f4b2a715625a4f6c1dbde676f31fa4efdbaa52dd3c8fc2727fd60f3b6a54987d79286fc1d31d56074a4f680fb4ffc9c35ea096f0"
];
plains.forEach((p, i) => {
  const c = crypto.createCipheriv(name, key, iv);
  assert.strictEqual(c.update(p, 'utf8', 'hex') + c.final('hex'), expected[i]);
  const d = crypto.createDecipheriv(name, key, iv);
  assert.strictEqual(d.update(expected[i], 'hex', 'utf8') + d.final('utf8'), p);
  const c2 = crypto.createCipheriv(name, key, iv);
  const parts = [];
  for (const b of Buffer.from(p)) parts.push(c2.update(Buffer.from([b])));
  parts.push(c2.final());
  assert.strictEqual(Buffer.concat(parts).toString('hex'), expected[i]);
});
const c = crypto.createCipheriv(name, key, iv);
c.setAutoPadding(false);
assert.strictEqual(Buffer.concat([c.update(bytes(48)), c.final()]).toString('hex'), "d6325f7684f7813b7281802742d7728d340848fcb21531f2f73cd2e0b320b9178236be532c4319677fd1bc4660fbd897");
const d = crypto.createDecipheriv(name, key, iv);
d.setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(Buffer.from("d6325f7684f7813b7281802742d7728d340848fcb21531f2f73cd2e0b320b9178236be532c4319677fd1bc4660fbd897", 'hex')), d.final()]), bytes(48));
const odd = crypto.createCipheriv(name, key, iv);
odd.setAutoPadding(false);
odd.update('abc');
assert.throws(() => odd.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: /wrong final block length/ });
const bad = crypto.createDecipheriv(name, bytes(32, 3, 2), iv);
bad.update(Buffer.from(expected[3], 'hex'));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
