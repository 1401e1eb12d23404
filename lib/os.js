'use strict';
// The os module. Host facts come from the Java `os` binding (uname, /proc, passwd, FFM
// getpriority/setpriority, the JDK's network interfaces).

const {
  ObjectDefineProperties,
  ObjectFreeze,
  StringPrototypeSlice,
  SymbolToPrimitive,
} = primordials;

const binding = internalBinding('os');
const {
  codes: { ERR_SYSTEM_ERROR, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { validateInt32, validateObject } = require('internal/validators');

let unameCache;
function uname() {
  unameCache ??= binding.uname();
  return unameCache;
}

function systemError(syscall, r) {
  return new ERR_SYSTEM_ERROR({ errno: r[2], code: r[0], message: r[1], syscall });
}

function arch() { return process.arch; }
function availableParallelism() { return binding.getAvailableParallelism(); }
function endianness() { return 'LE'; }
function freemem() { return binding.getFreeMem(); }
function totalmem() { return binding.getTotalMem(); }
function hostname() { return uname()[1]; }
function platform() { return process.platform; }
function release() { return uname()[2]; }
function version() { return uname()[3]; }
function machine() { return uname()[4]; }
function type() { return uname()[0]; }
function uptime() { return binding.getUptime(); }

function homedir() {
  const home = process.env.HOME;
  if (home) return home;
  const info = binding.getUserInfo();
  return info === null ? '' : info[3];
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path[path.length - 1] === '/') path = StringPrototypeSlice(path, 0, -1);
  return path;
}

function loadavg() {
  const l = binding.getLoadAvg();
  return [l[0], l[1], l[2]];
}

function cpus() {
  const flat = binding.getCPUs();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out[out.length] = {
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    };
  }
  return out;
}

function networkInterfaces() {
  const flat = binding.getInterfaceAddresses();
  const result = { __proto__: null };
  for (let i = 0; i < flat.length; i += 8) {
    const name = flat[i];
    const entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family: flat[i + 3],
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: `${flat[i + 1]}/${flat[i + 6]}`,
    };
    if (entry.family === 'IPv6') entry.scopeid = flat[i + 7];
    (result[name] ??= [])[result[name].length] = entry;
  }
  // Node returns an ordinary object.
  return { ...result };
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const r = binding.getPriority(pid);
  if (r[0] !== null) throw systemError('uv_os_getpriority', r);
  return r[2];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const r = binding.setPriority(pid, priority);
  if (r[0] !== null) throw systemError('uv_os_setpriority', r);
}

function userInfo(options = undefined) {
  if (typeof options !== 'object') options = null;
  if (options !== null && options.encoding === 'buffer') {
    throw new ERR_NODE4J_UNSUPPORTED("os.userInfo({ encoding: 'buffer' })");
  }
  const info = binding.getUserInfo();
  if (info === null) {
    throw new ERR_SYSTEM_ERROR({ errno: -2, code: 'ENOENT', message: 'no such file or directory',
      syscall: 'uv_os_get_passwd' });
  }
  return { __proto__: null, uid: info[0], gid: info[1], username: info[2], homedir: info[3], shell: info[4] };
}

// Functions that return one string or number convert to it, as in Node (`${os.tmpdir}`).
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname, platform, release,
  tmpdir, totalmem, type, uptime, version, machine]) {
  fn[SymbolToPrimitive] = () => fn();
}

const signals = { __proto__: null, SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6,
  SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20,
  SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27,
  SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31 };
const errno = { __proto__: null, E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99,
  EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125,
  ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84,
  EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24,
  EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102,
  ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
  ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63,
  ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
  ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71,
  EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116,
  ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18 };
const priority = { __proto__: null, PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 };
const dlopen = { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };
// Only signals is frozen in Node.
const constants = { __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno, signals: ObjectFreeze(signals), priority };

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

ObjectDefineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
