'use strict';
// X25519 key pairs made by reference Node and by node4j derive the shared secret they recorded,
// from keys imported as PKCS#8, SPKI, JWK and raw (test/fixtures/keys/webcrypto).
const common = require('../../common');
const { agreement } = require('../../fixtures/keys/webcrypto/check');

agreement('X25519').then(common.mustCall());
