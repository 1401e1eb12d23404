'use strict';
// aes-256-cfb8: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-cfb8";
const key = bytes(32, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "17",
 "13ef63beb0d1f79b3ffcbe344ba4353d",
 "227c5cf18d40911d4e9b7f88e69f48e3614209ebfcd2ca1bd734b5aaf7f183b52f49f340c0e96bca3d3060",
 "0e11aa223650c92271f437235fd78b2a214a31189261327c49baa74f510b30dda1c8278065997954aedc79a994fb42b0218cae3d650bee953a6089e81db48026c9d06c4e1fe2711b5ee9f4fe514a6b54b5674476e44defae138da144e3b13d6dc7e04e196067547b7dbf7d2ce6014154f5f6ae47c7afab8c14fa9e22da90eb3343874e051845d42f83c5e494d72cd9131e370033f942e850f1650c5a6f5cf29f8e16b95d1351d697020c7cbd3597d42649efe3ce0b2e6e66523d2ba10b0cecd7e1bb1484ed8daa75aa4d3ba98a5d1918610a0dd0d945fa50e1d9f3c2917f392b183d6120452fb8a1d4b583abe277b1b9699d603ca52f318849bf23ca87051d6293379bd8e95a291a099aad9dcdf96fcd54b1378b7839a44c65c4892dfafb37e7259e014e1fe98aa9ec787c842714d141d2f48afc442b0435521794bbd767451561db8879b193cd6cc25ad7474d687c2498259b6482ff27f838983d4744f739c55c184ba98d9452e36db1278a9a6c62ad37203f05fb4897024f690a1071b634af2eb71c0ff4222a26c05448fc68d8713244846ce0a44181004ce6211c1d529a1fe617208f3718b628335b7911e1f5c4f1ddf2c5ed115d9212db26b119c806b5bb2ea06cd0dfd7d2f3b40e15434f09770b1fe69a626aef7d84fe9759ced0a41cf7531540d45e85f6f380e6ddc414b7e34d2e5f8f33a0e0fb050bb964bf1a7506b5b26f866576483c0b213a4edd30abccf269393cc9150d30a7085b1aee3e173e860305fd19f3bedc5f5fcff25acd3fa9d9fbe231722f841e71f6719ed75172de556516af2e370cd5e90097d4143dce98e6bf3ecd5601ad3368d8a98e4ac1a743aa2f41a984694d88cba328935703363132b489d6cad36608b9ceec2788021ac0e60dd4db7f2acf84d5a59f42d460023da2159cfe3776d986f3f9cd5c98ca648f6b7411ac73d02f9e8dc097f4944daa34effa591f017c99f540d5425c1f6de6f65c22c7a9dca1b181fd9d3cc178e950fdd446430c4bbcb21ce9382669e7065da0904ae87721f5e7899eebc6ded95ff8abce192baab7c221624c14c368ef577e1fc3adc10a190f394a41aa59d6982f5fa854de2880e0339cbd3bca6a520a73b5f7d90b3b7e83367064bb4af61a4fa562a829b4fad258f03e13417eee00655b126ebbae56bcb7999cbab7e33e0dff8a1de25b4c41d60e955d7b8af642ff9feb5a72b72bb7c14ca0ac5172b1c6a7c286069c29dd7c4cd70426be4b9d42c4306a9d685aa06c609c7405758ca2037e6682039307c75e214327c0eac174566dfc985393a072a538c10a90ba83ffb350f015cbbafe1907809f6b07dc2102388d21ae7a8f0c2b8369577981375f307f1614e54bc7edc86e0ec860b4e599532d1fcf8763b7cb3062df3f66487860"
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
