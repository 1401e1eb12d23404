'use strict';
// Start-up with the core modules a typical program touches: requires 20 of them and exits.
for (const id of ['assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs', 'http',
  'net', 'os', 'path', 'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tty',
  'url', 'util', 'zlib']) {
  require(id);
}
