'use strict';
// des-ede3-cbc: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree; setAutoPadding(false) on whole blocks; a wrong key or truncated input fails as in Node.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "des-ede3-cbc";
const key = bytes(24, 11, 1);
const iv = bytes(8, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "0f6b9501b7c4b0c5",
 "5ed305cf9dbb6c24",
 "0beccc269932a4ac83337108de84ab70ebd4dea69f96f304",
 "e8ea07b39deaf439e1b22ea2108df45cfc5bf86eaf2d5b946da87b5fad45535c7a4f084fee6c3a20620000fe3dfca719",
 "4cbe4690016e06133e8ffa45f84ed36374dc1bec71fee2d0dcf80268f217a514f76bd7b23bcf9a8d3b34c5d54ecba2332429c3c70440c16b45237ae135c58390c97812ba61b7f080749d045a315f6a9f2208d1a50f985536f9ef1d438c46a9afe1f212bc70d50a4c8d4a97bd876724fd508f279ddcd6734e54def24c0e6059eff6dbffb955a4113243b7b8cfb918c2a1ed7eb6bf55c2c32007e08a1f0445252e5fe65bc5fe2b479871ce007e6f764e6dcdb9dbba47ec85f45ab3571db57bbfd4f507935f37f5b5809c6cbf29e00687d8618389365cacc38a128cba5cdc17191403fad77a16e8be2e6b5cb70b64ee9e2e150e091b4c4dd158ce516ac36d976cc1fabe856503d8cbb9ff0cc325edc5fbbd946629c8bd6f96f660d66688b8f04864c181b02214bf222e8af3efdb951836c6e5c95428668277864d4f128e2ad022ca3b487ea6c8ae97439297f1721ade7a47091f42e9e7cea6480e2050b5ebadc0686754ef585581ef593bc77673a0d5ba366d58b271a9337608b6b7a2ee34637346c80b8d3071f6eeaa8472eb5d7854898d8f1bd694975eb9385f6dfe8f4936fc80f2808e034d0412ab89f387c7ac467eb75f67ad5cf233e1256721cd2e30876eac14c16bcae30503002f84cbfac86f63967bab3a3936e3fd4947e47030d5fb833f8de5ad16ddab2d40706d6075147c3cbe3f21e491c37c80c2ba94f97ab37d80921a160bb36e12e9eff283ca0b2ada01a37a1c721b7c01917f6f3851e336fe9fd21f81069cef8532002cf9c388f4067212eef3edfcb0bb9a3be6427807c5ee04a464b0d40fc4fb34d4f494d5c4ed15f0d37781118c62fdcf0effdad138dc22ad5b1f5b71a0af9d14c6b911a743afaafe8f70f6e387d5abab7469e41f24d8c9463c3475a787c8ac7caef1fcb64c06bc92c0a3d5edcf3b213e1f7d0150c6e031426422d44fa1d7cd0dc2007b63d5504d7f5572d638eaf9b6cdc8536fb30157bf6ba07949cb2af0233d5f5fea0b6ed69164ce15e7fb2a41637b0e4c3a98d81b54958b82c07aaa2faa3fd4f32afe03de3f1e570c2c09740177a898ae77cbee077dc964d026b400409258023ebd67fedb49d74a978efc4453ad08241bebedfd7e3b86823054a4667749dc8f1d7d1659e045d6bc0918c9e8173e4c51fecef9414d34e9e6bc150eab400af38fa406264619866a113997939b8e55af3b01c50ecdce116972fc804ccf1b309a09309c0f1240c680e742c788a1b1e27771698a0eb572eebd2f7368302e830f35f9f78318001c4677ad16c9d0a5458e62ebdf5b20272358ca7eb62c04a1fe15fb5c9d08bc11ec42552d7f0a7c8599ac0489dbf5953014140d764037680c879aa0d9ea6c209593f74177723b33cb6154f349c5fa9e65b51d05dbc40389b8bd684bbed455096f8bcf1e78"
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
assert.strictEqual(Buffer.concat([c.update(bytes(24)), c.final()]).toString('hex'), "243f8af62c75dd5b7a1fee5f5430682565396242fe27cbf2");
const d = crypto.createDecipheriv(name, key, iv);
d.setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(Buffer.from("243f8af62c75dd5b7a1fee5f5430682565396242fe27cbf2", 'hex')), d.final()]), bytes(24));
const odd = crypto.createCipheriv(name, key, iv);
odd.setAutoPadding(false);
odd.update('abc');
assert.throws(() => odd.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: /wrong final block length/ });
const bad = crypto.createDecipheriv(name, bytes(24, 3, 2), iv);
bad.update(Buffer.from(expected[3], 'hex'));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
