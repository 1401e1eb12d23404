'use strict';
// aes-256-ctr: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-ctr";
const key = bytes(32, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "17",
 "134f84a7f193e493166f846abc891b10",
 "225f80e4f48af4c14b2d9f6cb68d541121c55cf4a8eb0608a3d5eff218190a7e95cce28dc487180e52589e",
 "0e4f9dbcfd87e5da58758566a18242493fd25cacbae61300a88df8fc0513527285d1ba99dd8519564e4f817e0342a9a6b245e5a24df07d352a23076f176abbb9dc95f761b463d3f5f477ec0723ea357a750ce1cb5b0d4e43d5a227e6eb2f2a64caf113f1e418acb47688d387bb574af1c4115d1a88cf3ab6faff20433fb5c07666f42bdebd1c6c5ed133193a84ccd85f4631213bedd8a12a90e9541601ea987c445ebd65c38fa74b3014d9d75c3c5a8bf8ffd751115f9b4522d0ebbeeba1257c1da582ced0cbffc70555e304699ac92c9c1212651ae617665a1815ac2c283bbe3e110d058073b93c651c06b6befa29b804004a552ecc91ce550754fb8a1ba2258f4d7ad29d45337db135bae1de8141d9a583c4237b9507c619d7825c5c23bc54df5d0b5c9e1b1c278dab01390afa69ea7f9508d5bd6750a7089ae7049b098077463490a0fdca3a2d03c0212c45604edf764979134a4443b95a35260f3d20d6e65390cc8ab6dd16ab37124016b590cacbd42ce81055683caae770687593af8671ff0425df98c76b993c6566b8aafdd910178417707a7908db6357919fb762bbd76fa6fcd9fb07eaa3f6428204eb3d4d607c11c9f6a5d0f2ff58e8ba243339a09c5c83dc379bcf4382868419251bb2912b631ac0bc779d28b29954770653eb8801fc9b97be0f78468c9babb62dfd64704f258982dcdacd16e1bba6c87f3eb58fd06be83b7ad141fed74faa7c10ea3b5e7260bb320e4de5a73a7c3fad59e9f848d3e3a193e2436e1f5fd2865c9b175de092e190adbde4927e233a1320a730fbe16d8944e82f4feaa518302876ecd8213f3b97fe8182177a8dd2edca61635a6ffe9bbf972286b5f8757abab40f82c2f3cc4cb6421f6172a23114a1731b694a55ce2398d2daaf7c95023850d6243507938dcc9721903b5b20c45e67256da6f79d819b683ecc50283a4a9f05fb8ddbb44760694ff48f9054a55a3f734adb47298fb4be90341c65a59295467f5228d4a644ba05341914a5c461c7a6e191c365f76e87b42a227a57a03c98fe20b7690493d504b9a7863b41885422e6f6492873d433c8e43adde58dd597ef89f0d53de3d015fee2aaab6d2be6ed02b381089d4098eacc73da6f6691056cfd9a83c85738a1482197a5b0e86cef4df772eecff0ad462c7a75d90a70b9fb29d9e6f6900961524346d3b83b45dd8033388174b9a635d81f150c39f8de46ffcb30842868da059737131f59385af8332c51f6a00e8fdbe02cb7fa802f6acd635cf42d0d95ff95abab70cc811121bc9c9ac8bbdaec08d4e5d321ed4aeeb0827725ee97816c970eddd1438e3a371c661f996b48c88c72f448485d8d12c5f6f3ea62320a33e1323fcdffb194f352460c3bab57fa8ecb4aa0e5c97f7b967bf6b523f6156a"
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
