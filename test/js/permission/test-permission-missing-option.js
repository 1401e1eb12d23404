// Flags: --allow-fs-read=*
// exit: 1
'use strict';
// --allow-* without --permission stops before the script runs.
require('fs').writeFileSync('/dev/stdout', 'the script ran\n');
process.exitCode = 0;
