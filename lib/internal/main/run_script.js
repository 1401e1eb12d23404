'use strict';
// --run <name>: runs a "scripts" entry of the nearest package.json with /bin/sh, from the
// folder that package.json is in, with each ancestor's existing node_modules/.bin first on
// PATH and NODE_RUN_SCRIPT_NAME / NODE_RUN_PACKAGE_JSON_PATH set, as Node 22+ does. Arguments
// after `--` are appended, quoted for the shell. Exit status: 0, or 1 when the script fails.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  JSONParse,
  ObjectKeys,
  StringPrototypeReplaceAll,
} = primordials;

function fail(message) {
  process._rawDebug(message);
  process.exit(1);
}

function runPackageScript(name) {
  const fs = require('fs');
  const path = require('path');
  let dir = process.cwd();
  let file;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      file = candidate;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) fail(`Can't find package.json for directory ${process.cwd()}`);
    dir = parent;
  }
  let pkg;
  try {
    pkg = JSONParse(fs.readFileSync(file, 'utf8'));
  } catch {
    fail(`Can't parse ${file}`);
  }
  const scripts = pkg?.scripts !== null && typeof pkg?.scripts === 'object' ? pkg.scripts : {};
  const command = scripts[name];
  if (typeof command !== 'string') {
    const names = ObjectKeys(scripts);
    let text = `Missing script: "${name}" for ${file}\n\nAvailable scripts are:\n`;
    for (let i = 0; i < names.length; i++) text += `  ${names[i]}: ${scripts[names[i]]}\n`;
    process.stderr.write(text);
    process.exit(1);
  }
  const bins = [];
  for (let d = dir; ; d = path.dirname(d)) {
    const bin = path.join(d, 'node_modules', '.bin');
    if (fs.existsSync(bin)) ArrayPrototypePush(bins, bin);
    if (path.dirname(d) === d) break;
  }
  const env = { ...process.env, NODE_RUN_SCRIPT_NAME: name, NODE_RUN_PACKAGE_JSON_PATH: file };
  if (bins.length > 0) env.PATH = ArrayPrototypeJoin(bins, ':') + (env.PATH ? `:${env.PATH}` : '');
  const args = ArrayPrototypeMap(ArrayPrototypeSlice(process.argv, 1), (a) => `'${StringPrototypeReplaceAll(a, '\'', '\'\\\'\'')}'`);
  const line = args.length > 0 ? `${command} ${ArrayPrototypeJoin(args, ' ')}` : command;
  const entries = ArrayPrototypeMap(ObjectKeys(env), (k) => `${k}=${env[k]}`);
  const status = internalBinding('process_methods').runShell(line, dir, ArrayPrototypeJoin(entries, '\0'));
  process.exit(status === 0 ? 0 : 1);
}

module.exports = { runPackageScript };
