'use strict';
// generateKeyPair('dsa'): asymmetricKeyDetails, DER/IEEE-P1363 signatures that verify, PEM round
// trips, and option validation as Node's.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('dsa', { modulusLength: 2048 });
assert.strictEqual(publicKey.asymmetricKeyType, 'dsa');
assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { modulusLength: 2048, divisorLength: 224 });
assert.deepStrictEqual(privateKey.asymmetricKeyDetails, { modulusLength: 2048, divisorLength: 224 });
const data = Buffer.from('dsa data');
const der = crypto.sign('sha256', data, privateKey);
assert.strictEqual(der[0], 0x30);
assert.strictEqual(crypto.verify('sha256', data, publicKey, der), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('other'), publicKey, der), false);
const p1363 = crypto.sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
assert.strictEqual(p1363.length, 56);
assert.strictEqual(crypto.verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363), true);
const signer = crypto.createSign('sha384');
signer.update(data);
assert.strictEqual(crypto.createVerify('sha384').update(data).verify(publicKey, signer.sign(privateKey)), true);

const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
const again = crypto.createPrivateKey(pem);
assert.strictEqual(again.asymmetricKeyType, 'dsa');
assert.ok(again.equals(privateKey));
const spkiPem = publicKey.export({ type: 'spki', format: 'pem' });
assert.strictEqual(crypto.verify('sha256', data, spkiPem, der), true);
assert.ok(crypto.createPublicKey(privateKey).equals(publicKey));
assert.throws(() => publicKey.export({ format: 'jwk' }), { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE' });

assert.throws(() => crypto.generateKeyPairSync('dsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.modulusLength" property must be of type number. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.divisorLength" property must be of type number. Received type string (\'x\')',
});
crypto.generateKeyPair('dsa', { modulusLength: 2048, divisorLength: 256 }, common.mustSucceed((pub, priv) => {
  assert.deepStrictEqual(pub.asymmetricKeyDetails, { modulusLength: 2048, divisorLength: 256 });
  assert.strictEqual(crypto.verify('sha256', data, pub, crypto.sign('sha256', data, priv)), true);
}));
