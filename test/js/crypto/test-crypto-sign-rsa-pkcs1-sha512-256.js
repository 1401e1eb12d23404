'use strict';
// rsa-pkcs1-sha512-256: signatures are byte-identical to Node's; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAOOEDIv+4n0kBn6m\nPu19jUlSv75WmFSXe4VrVL4kyNsJbsETcTT3f64gBX68cDXDOP8ThQ6+tJDuW0+k\nfM5k76y6Ck8FPsQYyqyeBzm4Nfz+/MrQnSdtnkQjdw/DkQc8zoSy6fNZNK8aZl4H\nUCQYDH0T74NWoy+Gfyf8mq8or6DNAgMBAAECgYBf3gFncBRBhM+TyDtV2QSSs+KF\nsnlnk5kBxBMmN9vGp/faNXYLSoqrdWS7XW2uyb8XhEMZznPJahZhvb61PUTb6Pc0\nlcSKWGBeznaT396+6uSC2LaWRJledMbh6pBQQTP/HcOweAK1wcIayuLL10jzQxK1\nP7svZGqBsSJGeCJp4QJBAPOxd3R47EO4fJ6HEtxYauLjW9LV7pQF5QTGMHC3AiQg\nG5VgeRWM+5y2XZiYlL9rKx1ekNLoAottLe9DZJs4UskCQQDvAW+zeHGxUWsubGTD\nDWhXThBImrAHDQwfDv8ufcXI2ingHRiYTP5AdVMftboZpkZUJCEYCKWLhXcokXdX\nz3vlAkAnUniTC7wcBVXegq8xbPb6W3OCptCThAv7ZDuGxJEM4T1yMhn3t0MWe3rI\n174Q0Sso1wyJa7SVaO2jkP1X6pO5AkEAnPRWhIeOMiIDvwLT0PvXD65mJyfefWLm\nGOdiUQergVEzusegxTOarH3fzq0qv3lgKhVn3j6faFaHgA63TuUkuQJATZwfyX8A\n1WtKFl8TAS6VipmGei/l8mQd9KbFMaIgu0RuNUVkE1qyhpBfEC38OrLJuccl8RPA\n4F33uhgiJ/fF1Q==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDjhAyL/uJ9JAZ+pj7tfY1JUr++\nVphUl3uFa1S+JMjbCW7BE3E093+uIAV+vHA1wzj/E4UOvrSQ7ltPpHzOZO+sugpP\nBT7EGMqsngc5uDX8/vzK0J0nbZ5EI3cPw5EHPM6EsunzWTSvGmZeB1AkGAx9E++D\nVqMvhn8n/JqvKK+gzQIDAQAB\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = "sha512-256";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("4d27171a4bc463813d326195deec47c004b756cb4fc2d4aad29b95676ef857f127ac67889dee861bb4d9b5869162338719c73ea507daecdef24e0b7de0c6bcb886d49a588c44bc1184b35ae9df5097242d5cc82c60bb9ae2a394e103fe583ed1406677b4b5aa50eafbacb78f4e2b317c2e7c962220c63e637e9b484c0f39b124", 'hex');
const priv = crypto.createPrivateKey(privPem);
const pub = crypto.createPublicKey(pubPem);
assert.strictEqual(crypto.verify(alg, msg, { key: pub, ...opts }, nodeSig), true);
assert.strictEqual(crypto.verify(alg, Buffer.from('other'), { key: pub, ...opts }, nodeSig), false);
const mine = crypto.sign(alg, msg, { key: priv, ...opts });
assert.deepStrictEqual(mine, nodeSig);
assert.strictEqual(crypto.verify(alg, msg, { key: pubPem, ...opts }, mine), true);
const s = crypto.createSign(alg);
s.update(msg.subarray(0, 5));
s.update(msg.subarray(5));
const sig2 = s.sign({ key: privPem, ...opts });
const v = crypto.createVerify(alg);
v.update(msg);
assert.strictEqual(v.verify({ key: pub, ...opts }, sig2), true);
const v2 = crypto.createVerify(alg);
v2.end(msg);
assert.strictEqual(v2.verify({ key: pub, ...opts }, nodeSig), true);
