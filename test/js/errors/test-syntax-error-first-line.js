// exit: 1
'use strict';
// A syntax error in a required file: Node's arrow at the error, V8's message, exit 1.
require('../../fixtures/syntax/first-line.js');
