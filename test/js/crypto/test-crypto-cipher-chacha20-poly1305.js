'use strict';
// chacha20-poly1305: ciphertexts and tags with AAD as Node computes them; decryption with the tag; a changed tag, AAD or ciphertext fails to authenticate.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "chacha20-poly1305";
const key = bytes(32, 11, 1);
const iv = bytes(12, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 [
  "",
  "76180363d2e1e729840ce903254b74b9"
 ],
 [
  "a7",
  "db21722824c9899e657f97f2a0fed747"
 ],
 [
  "a3d3c821a7b241c4416d3742286b8e67",
  "f1892d41c7b9960d635606aecb278dbf"
 ],
 [
  "92c3cc62a2ab51961c2f2c44226fc1664bec98cef0925df9cbdf709f3c5dcc4577de3a0b69819da77c4d3f",
  "829b2b4d97f564dbd478f232a435ffa5"
 ],
 [
  "bed3d13aaba6408d0f77364e3560d73e55fb9896e29f48f1c08767912157944967c3621f70839cff605a200a327d3dbad274aa3277c0543f1927a86973ec1b4f4f985e4e2a9a1c2a6ded0464f87fad97ed59fe931cdf0605136d8438e8556355a6ad40611e4b16ac0db1ae5692c6db41bc67bca768e956e8c630be5ee2e30dab8b097485b5863f6d7ccfc88a6fc1b2ec4c7c104162a8aada061d621cd2b2bf541b6d943c48f66a73f2741ee904ae7d19befdea47d8025b0264a97c83022db313432858d9dd20af657e56f2c6760941f97943b39edb8c2fd46785b51a60c6858a265ae52f4fb47f0c122fa30496412fd73f0e9f8ea3e940585c9b30105fdff94a9bd8c51bb5eda9136919d9447b45742aa5f6901ba8ef3d083c80ad8c2e5e1c296b77654a274cd45f4f6197d6eb61527a5d986af8e66c55f283b3ec9ac06a9c960ca11b5dc61bc6d30272e9f1545f6a361f7eb24f50ef4b152b1a162ec6f904f180a326f1feb4026fa9cb865325691e9513c62990ca6d275f67e3b6dc95c8bd1bd3ee656617b24f114e3ed67ea4dc3dfa4f77fd9406969ae2d06b015e69fdfd34a05838c5df72b53dff2b2dd31fe8d54fa20ee644260ef7845bf59c8e0602b3e9376b4d84592c4957adbfe21f0becc1ac311ba8521c6da831383a354501b87c2c9a6915b803d91c7e5b1af45723de929900d12bfaefe3076c759bbd46a370e896f317ea06441cac7708047627bda1daf477692a5da3fb838a8ea20b99563f6317e593660b494f51235d4d9052e90749c884272234c81350372c94f7ee4e6642da870385bbf6e3ba85a398dfd068a87d9912784fd805ec9294d46e7c75f1e949b8a687cf425c5efaac78a3a2038f08120f554c6431c11fc22d9431d111526c871041ce74045861d5467e24eebc22aa8a5f6e335d791c901bdee2bad92a82fd5096116e3a6edd20df1cc9bf74233b561b3b686064c5752f879ec1498ab49c9e2c664472363b71e75de564609535134eb08cb441f671605b7314d0a87d0c483043425c28354e819d4a6e9e515a1e4d682d6be445d38406f0ebd1963d10916fa716bc788078c14960e2186a17c5a83d1b9936478946c6f7088699b8f50a9fc15159b87a0f8945479bf9c395e20097e3afaff249f79b4ecaa08eb022555ae7bd90c266ef0aade087be132140e59f034b119252701fda8e2c95d737f16aad54a548f979e79db9bd04c45cfc2a9555d98463ecd82e3750966b69d4991f2017557edd5d91b3dc4cb67ac96f1a0ed813cd0a619be994dbc84ded76242bf6673c67f20762546526c73838efbacf029b6249c18f58f7d0c9890fe46a475caa4bea85cc1f7ddec3d7b7b955df3ae8c044e02ba505c903d108dfbfab860f28f3bef8be8af0107e439b2a822c653b84",
  "ea8d314bc4c87cfdc195b28d8c286139"
 ]
];
plains.forEach((p, i) => {
  const [ct, tag] = expected[i];
  const c = crypto.createCipheriv(name, key, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from('header'));
  assert.strictEqual(c.update(p, 'utf8', 'hex') + c.final('hex'), ct);
  assert.strictEqual(c.getAuthTag().toString('hex'), tag);
  const d = crypto.createDecipheriv(name, key, iv, { authTagLength: 16 });
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(Buffer.from(tag, 'hex'));
  assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), p);
});
const [ct, tag] = expected[3];
for (const [aad, t] of [['header', Buffer.from(tag, 'hex').map((b, i) => (i ? b : b ^ 1))], ['Header', Buffer.from(tag, 'hex')]]) {
  const d = crypto.createDecipheriv(name, key, iv, { authTagLength: 16 });
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(t);
  d.update(Buffer.from(ct, 'hex'));
  assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
}
