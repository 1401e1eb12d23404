'use strict';
// What runs first: -r preloads, then the main script, -e/-p code, or a script piped on stdin.

const {
  PromisePrototypeThen,
  PromiseResolve,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;
const { Module } = require('internal/modules/cjs/loader');
const { registerEvalSource } = require('internal/process/execution');

function run(process, pm) {
  const worker = internalBinding('worker');
  const isWorker = !worker.isMainThread();
  if (isWorker) require('internal/worker/child').setup(process, worker);
  if (!isWorker) require('internal/process/env_file').loadEnvFilesFromFlags();
  Module._initPaths();
  // Started by fork(): the IPC channel the parent left us (process.send, 'message').
  if (process.env.NODE_CHANNEL_FD !== undefined) {
    require('internal/child_process').setupChildChannel();
    // Forked by cluster.fork(): this process is a worker.
    if (process.env.NODE_UNIQUE_ID !== undefined && process.connected) {
      require('internal/cluster/state').worker = true;
      require('cluster')._setupWorker();
      delete process.env.NODE_UNIQUE_ID;
    }
  }
  require('internal/modules/esm/install').install();
  if (isWorker && worker.isHooksThread()) {
    require('internal/modules/esm/hooks_thread').serve();
    return;
  }
  if (permissionFlags(process.execArgv)) require('internal/process/permission').initialize(process);
  if (require('internal/options').hasOption('--enable-source-maps')) {
    require('internal/source_map/source_map_cache').setSupport(true, { nodeModules: true, generatedCode: true });
  }
  for (const request of pm.preloadModules()) {
    Module._load(request, preloadParent(), false);
  }
  const kind = pm.mainKind();
  const { getOptionValue, getOptionValues, hasOption } = require('internal/options');
  const loaders = getOptionValues('--experimental-loader', '--loader');
  if (loaders.length > 0) {
    require('internal/modules/esm/loader').asyncHooksLoaded().registerLoaders(loaders);
  }
  if (hasOption('-c', '--check') && (kind === 'file' || kind === 'stdin')) {
    require('internal/main/check_syntax').checkSyntax(kind === 'file' ? process.argv[1] : null);
    return;
  }
  const runScript = getOptionValue('--run');
  if (kind === 'none' && runScript !== undefined) {
    require('internal/main/run_script').runPackageScript(runScript);
    return;
  }
  // --import: ES modules loaded, in order, before the main entry point runs.
  const imports = getOptionValues('--import');
  if (imports.length > 0) {
    const { resolve } = require('internal/modules/esm/resolve');
    const { pathToFileURL } = require('internal/url');
    const parent = `${process.cwd()}/`;
    let chain = PromiseResolve();
    for (let i = 0; i < imports.length; i++) {
      chain = PromisePrototypeThen(chain, () => {
        // eslint-disable-next-line node-core/no-dynamic-import
        if (StringPrototypeStartsWith(imports[i], 'data:')) return import(validDataURL(imports[i]));
        const r = resolve(imports[i], parent);
        // eslint-disable-next-line node-core/no-dynamic-import
        return import(r.builtin !== undefined ? `node:${r.builtin}` : pathToFileURL(r.path).href);
      });
    }
    PromisePrototypeThen(chain, () => runEntry(process, pm, kind), (err) => {
      require('internal/process/execution').triggerUncaughtException(err, false);
    });
    return;
  }
  runEntry(process, pm, kind);
}

// GraalJS reads data: URLs itself and wants valid URIs; a --import 'data:text/javascript,…'
// as people write it (spaces, quotes) is re-encoded.
function validDataURL(url) {
  const comma = StringPrototypeIndexOf(url, ',');
  if (comma === -1 || StringPrototypeIncludes(StringPrototypeSlice(url, 0, comma), ';base64')) return url;
  let body = StringPrototypeSlice(url, comma + 1);
  try {
    body = decodeURIComponent(body);
  } catch {
    // a lone '%': taken as written
  }
  return `${StringPrototypeSlice(url, 0, comma)},${encodeURIComponent(body)}`;
}

function runEntry(process, pm, kind) {
  switch (kind) {
    case 'file':
      Module.runMain(process.argv[1]);
      break;
    case 'eval':
      if (!internalBinding('worker').isMainThread()) evalScript('[worker eval]', pm.main(), false);
      else if (inputTypeModule()) require('internal/modules/esm/loader').runEvalModule(pm.main());
      else evalScript('[eval]', pm.main(), false);
      break;
    case 'print':
      evalScript('[eval]', pm.main(), true);
      break;
    case 'stdin': {
      const ctx = {};
      const code = internalBinding('fs').readStdin(ctx);
      evalScript('[stdin]', code ?? '', false);
      break;
    }
    case 'test':
      require('internal/test_runner/runner').runFromCommandLine(process.argv.slice(1));
      break;
    default:
      break;
  }
  // No script (stdin is a terminal), or -i: the REPL, after any -e code.
  if (kind === 'none' || ((kind === 'eval' || kind === 'print') && interactive())) {
    if (kind === 'none') require('internal/repl/builtin_globals').addBuiltinLibsToObject(globalThis);
    process.stdout.write(`Welcome to Node.js ${process.version}.\nType ".help" for more information.\n`);
    require('internal/main/repl').startStandalone();
  }
}

function interactive() {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-i' || argv[i] === '--interactive') return true;
  }
  return false;
}

// The permission module loads only when a flag asks for it: start-up is precious.
function permissionFlags(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--permission' || StringPrototypeStartsWith(argv[i], '--allow-')) return true;
  }
  return false;
}

function inputTypeModule() {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input-type=module' || (argv[i] === '--input-type' && argv[i + 1] === 'module')) return true;
  }
  return false;
}

function preloadParent() {
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  return parent;
}

// -e code runs as a CommonJS module body whose filename is [eval], with require relative to cwd.
function evalScript(name, body, print) {
  registerEvalSource(name, body);
  require('internal/repl/builtin_globals').addBuiltinLibsToObject(globalThis);
  const module = new Module(name);
  module.filename = require('path').join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const userRequire = makeEvalRequire(module);
  globalThis.module = module;
  globalThis.require = userRequire;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = internalBinding('contextify').runScript(body, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    console.log(typeof result === 'string' ? result : inspect(result));
  }
}

function makeEvalRequire(module) {
  const req = (id) => module.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  req.cache = Module._cache;
  req.main = undefined;
  return req;
}

module.exports = { run };
