'use strict';
const common = require('../../common');
const fs = require('fs');

const rs = fs.createReadStream('/dev/null');
rs.on('data', common.mustNotCall());
rs.on('open', common.mustCall());
rs.on('end', common.mustCall());
rs.on('close', common.mustCall());
