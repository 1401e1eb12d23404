'use strict';
// The properties of `process` (everything but the EventEmitter part and nextTick).

const {
  ArrayIsArray,
  ArrayPrototypeMap,
  BigInt,
  MathFloor,
  NumberIsFinite,
  NumberIsInteger,
  NumberIsSafeInteger,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  Proxy,
  ReflectDeleteProperty,
  ReflectHas,
  ReflectOwnKeys,
  ReflectGetOwnPropertyDescriptor,
  RegExpPrototypeExec,
  String,
  StringPrototypeStartsWith,
} = primordials;

const { engine, moduleLoadList } = require('internal/bootstrap/realm');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL, ERR_NODE4J_UNSUPPORTED }, uvException } =
  require('internal/errors');

function define(obj, name, value, enumerable = true) {
  ObjectDefineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
}

function getter(obj, name, get, set, enumerable = true) {
  ObjectDefineProperty(obj, name, { __proto__: null, get, set, configurable: true, enumerable });
}

// A live env object: values are coerced to strings, as Node's process.env does.
function createEnv(pairs) {
  const store = ObjectCreate(null);
  for (let i = 0; i < pairs.length; i += 2) store[pairs[i]] = pairs[i + 1];
  return new Proxy(store, {
    __proto__: null,
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      return target[key];
    },
    set(target, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('get' in desc || 'set' in desc || !desc.configurable || !desc.enumerable || !desc.writable) {
        const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('get' in desc || 'set' in desc ?
          "'process.env' does not accept an accessor(getter/setter) descriptor" :
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      target[key] = `${desc.value}`;
      return true;
    },
    deleteProperty(target, key) {
      ReflectDeleteProperty(target, key);
      return true;
    },
    has(target, key) {
      return typeof key === 'string' && ReflectHas(target, key);
    },
    ownKeys(target) {
      return ReflectOwnKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      const d = ReflectGetOwnPropertyDescriptor(target, key);
      if (d) { d.configurable = true; d.enumerable = true; d.writable = true; }
      return d;
    },
  });
}

const signals = ObjectFreeze({
  __proto__: null, SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

function setup(process, pm) {
  const version = pm.nodeVersion();
  define(process, 'version', version);
  const graalVersion = pm.graalVersion();
  define(process, 'versions', ObjectFreeze({
    __proto__: null,
    node: version.slice(1),
    node4j: pm.node4jVersion(),
    graaljs: graalVersion,
    // Packages sniff these to detect Node; they are Node 24's, whose API we implement.
    v8: '13.6.233.17-node.53',
    uv: '1.52.1',
    modules: '137',
    napi: '10',
    unicode: '17.0',
  }));
  define(process, 'arch', pm.arch());
  define(process, 'platform', 'linux');
  define(process, 'release', ObjectFreeze({
    __proto__: null,
    name: 'node',
    lts: 'Krypton',
    sourceUrl: `https://nodejs.org/download/release/${version}/node-${version}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${version}/node-${version}-headers.tar.gz`,
  }));
  const execPath = pm.execPath();
  define(process, 'execPath', execPath);
  define(process, 'argv0', pm.argv0());
  define(process, 'execArgv', [...pm.execArgv()]);
  const argv = [execPath];
  const kind = pm.mainKind();
  if (kind === 'file' || (kind === 'stdin' && pm.main() === '-')) argv.push(pm.main());
  for (const a of pm.argv()) argv.push(a);
  define(process, 'argv', argv);
  define(process, 'env', createEnv(pm.env()));
  define(process, 'pid', pm.pid());
  define(process, 'ppid', pm.ppid());
  let title = require('internal/options').getOptionValue('--title') ?? 'node';
  getter(process, 'title', () => title, (v) => { title = `${v}`; });
  let exitCode;
  getter(process, 'exitCode', () => exitCode, (code) => {
    if (code !== null && code !== undefined) {
      // Like Node: numeric strings count as their number, then it must be an integer.
      let value = code;
      if (typeof code === 'string' && code !== '' && NumberIsFinite(+code)) value = +code;
      require('internal/validators').validateInteger(value, 'code');
      // Node keeps the code as a 32-bit integer.
      code = value | 0;
    }
    exitCode = code ?? undefined;
  });
  define(process, '_exiting', false, true);
  define(process, 'config', ObjectFreeze({
    __proto__: null,
    target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
    variables: {
      asan: 0, host_arch: 'x64', target_arch: 'x64', node_shared: false, node_use_openssl: true,
      node_module_version: 137, napi_build_version: '10', node_prefix: '/usr/local',
      v8_enable_i18n_support: 1, icu_small: false, node_install_npm: true,
    },
  }));
  define(process, 'features', ObjectFreeze({
    __proto__: null, inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true,
    tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true, require_module: true,
    typescript: 'strip',
  }));
  define(process, 'moduleLoadList', moduleLoadList);
  define(process, 'debugPort', 9229);
  const { hasOption } = require('internal/options');
  define(process, 'noDeprecation', hasOption('--no-deprecation'));
  define(process, 'throwDeprecation', hasOption('--throw-deprecation'));
  define(process, 'traceDeprecation', hasOption('--trace-deprecation'));
  define(process, 'traceProcessWarnings', hasOption('--trace-warnings'));

  // ---- methods ----
  define(process, 'cwd', function cwd() { return pm.cwd(); });
  define(process, 'loadEnvFile', function loadEnvFile(path = undefined) {
    require('internal/process/env_file').loadEnvFile(path);
  });
  define(process, 'chdir', function chdir(directory) {
    if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    const from = pm.cwd();
    const code = pm.chdir(directory);
    if (code !== null) {
      throw uvException({ code, errno: -errnoOf(code), syscall: 'chdir', message: errnoMessage(code),
        path: from, dest: directory });
    }
  });
  define(process, 'umask', function umask(mask) {
    if (mask === undefined) return pm.getUmask();
    return pm.umask(require('internal/validators').parseFileMode(mask, 'mask') & 0o777);
  });
  const hrtime = function hrtime(time) {
    const ns = pm.hrtime();
    const sec = MathFloor(ns / 1e9);
    const nsec = ns - sec * 1e9;
    if (time !== undefined) {
      if (!ArrayIsArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) {
        const { codes: { ERR_OUT_OF_RANGE: E } } = require('internal/errors');
        throw new E('time', 2, time.length);
      }
      let s = sec - time[0];
      let n = nsec - time[1];
      if (n < 0) { s -= 1; n += 1e9; }
      return [s, n];
    }
    return [sec, nsec];
  };
  hrtime.bigint = function bigint() { return BigInt(pm.hrtime()); };
  define(process, 'hrtime', hrtime);
  define(process, 'uptime', function uptime() { return pm.uptime(); });
  const memoryUsage = function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = pm.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  };
  memoryUsage.rss = function rss() { return pm.rss(); };
  define(process, 'memoryUsage', memoryUsage);
  define(process, 'cpuUsage', function cpuUsage(prev) {
    const r = pm.resourceUsage();
    const user = r[0];
    const system = r[1];
    if (prev) return { user: user - prev.user, system: system - prev.system };
    return { user, system };
  });
  define(process, 'resourceUsage', function resourceUsage() {
    const r = pm.resourceUsage();
    return {
      userCPUTime: r[0], systemCPUTime: r[1], maxRSS: r[2], sharedMemorySize: r[3],
      unsharedDataSize: r[4], unsharedStackSize: r[5], minorPageFault: r[6], majorPageFault: r[7],
      swappedOut: r[8], fsRead: r[9], fsWrite: r[10], ipcSent: r[11], ipcReceived: r[12],
      signalsCount: r[13], voluntaryContextSwitches: r[14], involuntaryContextSwitches: r[15],
    };
  });
  define(process, 'constrainedMemory', function constrainedMemory() { return 0; });
  define(process, 'availableMemory', function availableMemory() { return require('os').freemem(); });
  define(process, 'kill', function kill(pid, sig = 'SIGTERM') {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let signal;
    if (typeof sig === 'number') {
      signal = sig;
    } else {
      signal = signals[sig];
      if (signal === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
    }
    const rc = pm.kill(pid, signal);
    if (rc !== 0) {
      const code = rc === -1 ? 'EPERM' : 'ESRCH';
      throw uvException({ code, errno: rc, syscall: 'kill', message: code === 'EPERM' ? 'operation not permitted' : 'no such process' });
    }
    return true;
  });
  define(process, 'getuid', function getuid() { return pm.getuid(); });
  define(process, 'geteuid', function geteuid() { return pm.geteuid(); });
  define(process, 'getgid', function getgid() { return pm.getgid(); });
  define(process, 'getegid', function getegid() { return pm.getegid(); });
  define(process, 'getgroups', function getgroups() { return [pm.getgid()]; });
  define(process, 'reallyExit', function reallyExit(code) {
    engine.quit(code | 0);
  });
  define(process, 'exit', function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
    }
    process.reallyExit(process.exitCode === undefined ? 0 : process.exitCode);
  });
  define(process, 'abort', function abort() {
    engine.quit(134);
  });
  define(process, 'emitWarning', function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  });
  const execution = require('internal/process/execution');
  define(process, 'setUncaughtExceptionCaptureCallback', execution.setUncaughtExceptionCaptureCallback);
  define(process, 'hasUncaughtExceptionCaptureCallback', execution.hasUncaughtExceptionCaptureCallback);
  define(process, '_rawDebug', function _rawDebug(...args) {
    const { format } = require('internal/util/inspect');
    internalBinding('fs').writeString(2, `${format(...args)}\n`, {});
  });
  define(process, 'getBuiltinModule', function getBuiltinModule(id) {
    if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
    const { BuiltinModule } = require('internal/bootstrap/realm');
    const normalized = StringPrototypeStartsWith(id, 'node:') ? id.slice(5) : id;
    if (!BuiltinModule.canBeRequiredByUsers(normalized)) return undefined;
    if (normalized === id && !BuiltinModule.canBeRequiredWithoutScheme(normalized)) return undefined;
    return require(normalized);
  });
  define(process, 'dlopen', function dlopen() {
    throw new ERR_NODE4J_UNSUPPORTED('process.dlopen (native addons)');
  });
  define(process, 'binding', function binding(name) {
    throw new ERR_NODE4J_UNSUPPORTED(`process.binding('${name}')`);
  });
  define(process, '_getActiveHandles', function _getActiveHandles() { return []; });
  define(process, '_getActiveRequests', function _getActiveRequests() { return []; });
  define(process, 'getActiveResourcesInfo', function getActiveResourcesInfo() { return []; });
  define(process, 'setSourceMapsEnabled', function setSourceMapsEnabled(enabled) {
    require('internal/validators').validateBoolean(enabled, 'enabled');
    require('internal/source_map/source_map_cache').setSupport(enabled, { nodeModules: true, generatedCode: true });
  });
  getter(process, 'sourceMapsEnabled', function get() { return require('internal/stack_trace').sourceMaps.enabled; });
  define(process, 'allowedNodeEnvironmentFlags', new Set());

  // ---- stdio, lazily ----
  let stdin; let stdout; let stderr;
  const getStdout = () => stdout ??= require('internal/process/stdio').createWritableStdioStream(1);
  const getStderr = () => stderr ??= require('internal/process/stdio').createWritableStdioStream(2);
  getter(process, 'stdout', getStdout);
  getter(process, 'stderr', getStderr);
  getter(process, 'stdin', () => stdin ??= require('internal/process/stdio').createStdin());

  // The global console writes a line straight to fd 1 or 2 while no one has asked for that
  // stream or replaced it: the same synchronous write the stream would make, without loading
  // the stream stack (about a third of hello world's start-up). False: use the stream.
  writeStdioDirect = (fd, string) => {
    if ((fd === 1 ? stdout : stderr) !== undefined) return false;
    const desc = ReflectGetOwnPropertyDescriptor(process, fd === 1 ? 'stdout' : 'stderr');
    if (desc?.get !== (fd === 1 ? getStdout : getStderr)) return false;
    const ctx = {};
    internalBinding('fs').writeString(fd, string, ctx);
    // A failed write goes again through the stream, which reports the error as Node does.
    return ctx.code === undefined;
  };
}

let writeStdioDirect = () => false;

const errnos = { __proto__: null, ENOENT: 2, ENOTDIR: 20, EACCES: 13, EPERM: 1, ESRCH: 3 };
const errnoMessages = {
  __proto__: null, ENOENT: 'no such file or directory', ENOTDIR: 'not a directory',
  EACCES: 'permission denied', EPERM: 'operation not permitted', ESRCH: 'no such process',
};
function errnoOf(code) { return errnos[code]; }
function errnoMessage(code) { return errnoMessages[code]; }

module.exports = { setup, signals, writeStdioDirect: (fd, string) => writeStdioDirect(fd, string) };
