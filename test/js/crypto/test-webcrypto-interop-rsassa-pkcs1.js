'use strict';
// RSASSA-PKCS1-v1_5 keys and signatures made by reference Node and by node4j import, verify and re-export
// alike in both (test/fixtures/keys/webcrypto).
const common = require('../../common');
const { signatures } = require('../../fixtures/keys/webcrypto/check');

signatures('RSASSA-PKCS1-v1_5').then(common.mustCall());
