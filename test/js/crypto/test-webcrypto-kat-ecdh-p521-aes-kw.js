'use strict';
// Web Crypto known answer 'ecdh-p521-aes-kw': the output reference Node 24 computed with the same keys
// (test/fixtures/keys/webcrypto/kat.js).
const common = require('../../common');
const { check } = require('../../fixtures/keys/webcrypto/kat');

check('ecdh-p521-aes-kw').then(common.mustCall());
