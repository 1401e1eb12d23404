'use strict';
// node:assert/strict is assert.strict: strict comparisons under the legacy names.

module.exports = require('assert').strict;
