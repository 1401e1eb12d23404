'use strict';
// aes-256-gcm: ciphertexts and tags with AAD as Node computes them; decryption with the tag; a changed tag, AAD or ciphertext fails to authenticate.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-gcm";
const key = bytes(32, 11, 1);
const iv = bytes(12, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 [
  "",
  "fbf03157a2ebc8b5a82faa0b0b634da9"
 ],
 [
  "88",
  "09e8daa29135e833012eb736ed7ed353"
 ],
 [
  "8c0a72f3df3ea2ff99a59ce681429cf5",
  "7989fd4d0a565a5cda1a2b9c616fd9a8"
 ],
 [
  "bd1a76b0da27b2adc4e787e08b46d3f4b03e2d2f4dd363b0dc365e0b74f7c9f7209f6c4e87129be74cbfc4",
  "45f1a3cb0bf110dae44980e6dcdcc9e2"
 ],
 [
  "910a6be8d32aa3b6d7bf9dea9c49c5acae292d775fde76b8d76e490569fd91fb3082345a9e109abf50a8db48ed7a38b8e09f8c8985a160d79a416c31fa30ea219d08cec31e983ab71f382cda3a7da1b27e9afc1ab8f56584afce307876f25297576ad6c2151f2dd1beb1f3ed4ca4ae44a2eb94646d70ac95791c79632267d731b08287ca4d708c44be869110fc33b5ca3b86973757a746fe3220351ba5fd780c84937c3e1afa355a0ff04ad91caee13d29e85e4401c3180c7bbe6cb8bc9b477d03dea43c2996ea232f6f8c51f739f7c4308eb916bfbe9955af407cdffe212179c6b8edd7166dc020c12342b128a66d410be56a217e6395f7c26d2e2aa6a2ea23fb0c3385862ce7578da44b9a72a2151d9e8fafd6be8d70cbf9a117754ca8893cf91b213965896b2aef8f10febfb111986904bf83a668a87a3eb99075f4beca2c11093698f1f3ddc5ada39babf811c6309c606487abc037fe3a53e1f31b28c33d5c0863a85a05ea6edd51f883f6b8fb150fb9f929726be8bd9861343af5dd544f1cd75def8bb7d2323407917dab6b72b466bdbf9de2ae869df3048cac13b78d35e8a8d63c8ca72ed0d4f116e714ce7675aab055fcc4c646c73ba4fd022fa68e980279391b6c44bff9e10d2c62f3ec34e13eb3029321aec5286ab752557dcb21c75a9e937b91dab36cdf87f23aee90a50e2e294266b35e8ae505053901c5e9bc9d897597591462b79f9072261432b45d7d6fd0bc65e96fc93e81862e7783e086fecf022af88620cc731241e7766dac2ac32f491173e212d9d2af27eee912195edbfd4285f1980f82741244cc5cb7c36a5907c0f4267376c8eff710258e2ecb77304c07379df6155542d24415499d6e0fd2b4f3fd1da796464e104eed086b911193dd4b6c1d346b60eb1785ba508bdc111e4068c7d41987bc7d6ec850133c0bac0e6c82f72b6b4f1e67ea447ccee995fcfab3e4e7420f5a3f33bc8cb80ba7039062d4666dee253f1b8bd8b1aebe6b7c8b61f2e3f32ae1c65d2382615fc4d6697e694cadc07b49e3e68da413c4c4de4c8b3a75b5dee8af47c07d423d6d68416bc892cf9c4b863d3151ada8da980894c8b1128700736768235a49056aa611605f4758f9d08030752f312f1293451a2a482aefe40d2449c8a9b66c72f20eeeb90a4f6a693713ffa0c6e87366aff40fa5aee879a3115265474bac8993397ac68a3e121ff587068ab2f747fdd6ddde216cbdc74950734989bdf0456dca9b9d1efe404c17243428f8fbfb0311d86a8c21d0d77c960954e3c6da73d4676cd4e6a1e741e425503946f8d8248b7cf359012aeea6296e632ad8777d99ed972505f8af0f764fbce3e70bdaaca2a3c57c900a6bca1214f14289c83937c3106d2764800f6bb70c8c4593b0913fa48452",
  "1d8fd349ddce37efca6532bd24fba9d6"
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
