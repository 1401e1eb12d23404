'use strict';
// Web Crypto known answer 'rsassa-sha1': the output reference Node 24 computed with the same keys
// (test/fixtures/keys/webcrypto/kat.js).
const common = require('../../common');
const { check } = require('../../fixtures/keys/webcrypto/kat');

check('rsassa-sha1').then(common.mustCall());
