'use strict';
// Web Crypto known answer 'rsa-pss-salt0-sha256': the output reference Node 24 computed with the same keys
// (test/fixtures/keys/webcrypto/kat.js).
const common = require('../../common');
const { check } = require('../../fixtures/keys/webcrypto/kat');

check('rsa-pss-salt0-sha256').then(common.mustCall());
