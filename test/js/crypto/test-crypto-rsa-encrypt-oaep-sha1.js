'use strict';
// RSA oaep-sha1: a ciphertext made by Node decrypts; node4j's ciphertexts decrypt; a wrong key fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAOOEDIv+4n0kBn6m\nPu19jUlSv75WmFSXe4VrVL4kyNsJbsETcTT3f64gBX68cDXDOP8ThQ6+tJDuW0+k\nfM5k76y6Ck8FPsQYyqyeBzm4Nfz+/MrQnSdtnkQjdw/DkQc8zoSy6fNZNK8aZl4H\nUCQYDH0T74NWoy+Gfyf8mq8or6DNAgMBAAECgYBf3gFncBRBhM+TyDtV2QSSs+KF\nsnlnk5kBxBMmN9vGp/faNXYLSoqrdWS7XW2uyb8XhEMZznPJahZhvb61PUTb6Pc0\nlcSKWGBeznaT396+6uSC2LaWRJledMbh6pBQQTP/HcOweAK1wcIayuLL10jzQxK1\nP7svZGqBsSJGeCJp4QJBAPOxd3R47EO4fJ6HEtxYauLjW9LV7pQF5QTGMHC3AiQg\nG5VgeRWM+5y2XZiYlL9rKx1ekNLoAottLe9DZJs4UskCQQDvAW+zeHGxUWsubGTD\nDWhXThBImrAHDQwfDv8ufcXI2ingHRiYTP5AdVMftboZpkZUJCEYCKWLhXcokXdX\nz3vlAkAnUniTC7wcBVXegq8xbPb6W3OCptCThAv7ZDuGxJEM4T1yMhn3t0MWe3rI\n174Q0Sso1wyJa7SVaO2jkP1X6pO5AkEAnPRWhIeOMiIDvwLT0PvXD65mJyfefWLm\nGOdiUQergVEzusegxTOarH3fzq0qv3lgKhVn3j6faFaHgA63TuUkuQJATZwfyX8A\n1WtKFl8TAS6VipmGei/l8mQd9KbFMaIgu0RuNUVkE1qyhpBfEC38OrLJuccl8RPA\n4F33uhgiJ/fF1Q==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDjhAyL/uJ9JAZ+pj7tfY1JUr++\nVphUl3uFa1S+JMjbCW7BE3E093+uIAV+vHA1wzj/E4UOvrSQ7ltPpHzOZO+sugpP\nBT7EGMqsngc5uDX8/vzK0J0nbZ5EI3cPw5EHPM6EsunzWTSvGmZeB1AkGAx9E++D\nVqMvhn8n/JqvKK+gzQIDAQAB\n-----END PUBLIC KEY-----\n";
const opts = {"padding":4};
const nodeCt = Buffer.from("wFgz8A6O/+lLKJ+tNLkfyyNbInDvZ8d39iYxSE31hHyVvKxFvK8U0yzN5km+nLjNuvZGiIIOvOS65optrfqNnnuxThH7xBC3RnjsYdFEwp2avE4kcwnLL3WEAAYr0l1exEypsuaOLy4Tje3qqflM7tjAYJEmmgqwhExFR71m1pU=", 'base64');
assert.strictEqual(crypto.privateDecrypt({ key: privPem, ...opts }, nodeCt).toString(), 'secret message');
const mine = crypto.publicEncrypt({ key: crypto.createPublicKey(pubPem), ...opts }, Buffer.from('another'));
assert.strictEqual(mine.length, 128);
assert.strictEqual(crypto.privateDecrypt({ key: crypto.createPrivateKey(privPem), ...opts }, mine).toString(), 'another');
const other = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
assert.throws(() => crypto.privateDecrypt({ key: other.privateKey, ...opts }, nodeCt));
