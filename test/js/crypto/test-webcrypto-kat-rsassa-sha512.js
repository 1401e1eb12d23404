'use strict';
// Web Crypto known answer 'rsassa-sha512': the output reference Node 24 computed with the same keys
// (test/fixtures/keys/webcrypto/kat.js).
const common = require('../../common');
const { check } = require('../../fixtures/keys/webcrypto/kat');

check('rsassa-sha512').then(common.mustCall());
