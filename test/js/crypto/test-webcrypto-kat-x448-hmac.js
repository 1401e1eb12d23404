'use strict';
// Web Crypto known answer 'x448-hmac': the output reference Node 24 computed with the same keys
// (test/fixtures/keys/webcrypto/kat.js).
const common = require('../../common');
const { check } = require('../../fixtures/keys/webcrypto/kat');

check('x448-hmac').then(common.mustCall());
