'use strict';
// require('path/posix'): the POSIX flavour of path, whatever the platform.
module.exports = require('path').posix;
