'use strict';
// ECDSA-P-256 keys and signatures made by reference Node and by node4j import, verify and re-export
// alike in both (test/fixtures/keys/webcrypto).
const common = require('../../common');
const { signatures } = require('../../fixtures/keys/webcrypto/check');

signatures('ECDSA-P-256').then(common.mustCall());
