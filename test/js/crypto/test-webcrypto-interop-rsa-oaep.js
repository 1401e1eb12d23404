'use strict';
// RSA-OAEP (SHA-256, with a label): ciphertexts made by reference Node and by node4j decrypt in
// both, with keys imported as JWK, SPKI and PKCS#8 (test/fixtures/keys/webcrypto).
const common = require('../../common');
const { oaep } = require('../../fixtures/keys/webcrypto/check');

oaep().then(common.mustCall());
