'use strict';
// aes-256-ofb: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-ofb";
const key = bytes(32, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "17",
 "134f84a7f193e493166f846abc891b10",
 "225f80e4f48af4c14b2d9f6cb68d54119b027321417337d1ee9b85d858c67a6a3fb16ddbc0992049e613e9",
 "0e4f9dbcfd87e5da58758566a182424985157379537e22d9e5c392d645cc22662fac35cfd99b2111fa04f6601aabf17674ec2949e903bd9d5d62efe0b56c5079134058a702fe86b041f1141286454471f52ad8751b614c900f4ba4c0478e0ccdac016e85c409b0ef117c6668349e4e3fb0038b83ac2b4a2bafb8c1396b6daedfecda83b81942b62b61ed57cc96b8ba35ed94490328702fa414515de8e0b33861e9117b2a737e95ff324c26ef88a1df2323bc58fb969b3330515d1369b37b64a0223c88b7af420c9de1d54377aaed8bf55697e1d4f4900ee1ad8f5d1549470b73b227c6e6478e4e3fce728ddf62267228e8055750c2a34694b0cb2cbb942653c1a8ce194e4bff3940d59970f3fc362a88b30366fb1d04c0fa0d74974826254df880f34f53145a3843322eae5ceffdb25fed8fa28fd2d2533201e2c44b025cc0a79b6d14cc69db409bfd821c0a1c72144f2b085615c28a723594aa14ba601ca1ba903d3173d67ae1ed9d4debd0cc5e06c04c482f6036bc64098c560ca086f3591cf3f368b2ed6c9dff7e1b13525777d28e89027a0df8dec193b0e05db1d17f21354d650d8490162ab9cfa090a4ff380129d274058747972d1308b3baba9a8c7eba30407c2f2575ff907473f4229f3e8b9a3d2abb2a5e0889f4437221c96e312f5573af4803fdfb88752e3aa8b861e669ebfa16c5bbe2e2c0ce08587f7270df1c4996612b7dbb33a6b1da6f0542c4a8114e308a30c9ce4bd53928c737490cc3654b692270305ddf80994c0157fe946637f4fc0cd02d2d133487e1f37195d539536295476893624f310929c50727af86c75cc07efbab80956a0e7c65cfab65394051aa2d4bb36b4b29aa3f4813ff18567a3e5bfff94e8537aa0f4936b55d79b2f3f9c5f2e02b49f8ba673d62fe7a9dc7d292302038116779a64722f779533b770e461eb3841765ad89a679492e6a3f350d52a40bb226efa4b705fdd4a103e421949214142ea7f3b91d462fd76c00fca8ce5996c115d7d41215ba7943e446206b95e5b8e8b46158211ba5dfa80e3b99694e28950a22330f09ed2408dd46a9506a40d6347b9af93727b92bce1abe79cd1bbc400eb4dfe4564de7cf023a16ca239a38b8f305a73635d9348cbf82ac737b9aa945c0846d7f056ae6fd17c3a2d9bba6035d7e940f738f26103125a86fc8081c7399e6d89190ecbb49d4aebe8847a8a023648844bd93353196dcf0a57a4be0ac2ec311692e831d8d517be4312bc93a059f4d09619df9aaae8f43ea9b6040ee16081aa014501abec1b6575eebdea395bc370860a0c9972e01abea73f1da0e05cb0e8b5421cfe1636fbd37e8ef79026fd42b8b9131045704d04fa73369cc0a4875c8a2c95887138a10f91c084a7b48f7794074251ebf076b98ee67"
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
