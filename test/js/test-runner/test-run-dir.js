'use strict';
// run() over a directory: Node 24's default file patterns (node_modules and helper files
// left out), files reported in order, a file without tests reported by its name.
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const path = require('node:path');
run({ cwd: path.join(__dirname, '..', '..', 'node-test-dir') }).pipe(new spec()).pipe(process.stdout);
