'use strict';
// require('path/win32'): the Windows flavour of path, whatever the platform.
module.exports = require('path').win32;
