'use strict';
// The REPL: a readline Interface that evaluates each line (or each complete group of lines)
// and prints the result with util.inspect. Node's behaviours kept: `| ` continuation prompts for
// incomplete input, `_` and `_error`, the dot commands, top-level await, "Uncaught …" errors,
// Ctrl+C twice to exit. node4j evaluates in the main realm: `useGlobal: false` still shares
// the global object (there is no vm context to give each REPL its own), which docs/compat.md
// records.

const {
  ArrayPrototypeForEach,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  Error,
  FunctionPrototypeCall,
  MathMax,
  NumberIsNaN,
  NumberParseFloat,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
  RegExpPrototypeExec,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  Symbol,
  SymbolFor,
  SyntaxError,
} = primordials;

const { InterfaceConstructor, Interface } = require('internal/readline/interface');
const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { kLexicalNames } = require('internal/repl/completion');

const REPL_MODE_SLOPPY = SymbolFor('repl-sloppy');
const REPL_MODE_STRICT = SymbolFor('repl-strict');
const kBufferedCommand = Symbol('bufferedCommand');
const kSawSIGINT = Symbol('sawSIGINT');
const kPausedKeys = Symbol('pausedKeys'); // keys typed while an await runs (terminal mode)
const kCompiledCode = Symbol('compiledCode'); // on a SyntaxError from compiling the input: that input

let nextResourceNumber = 0;

// The default writer; its options are shared and may be changed by the user, as in Node.
function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

// An error that means "the input is not complete yet": the REPL asks for more lines.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// What the input threw, boxed: `throw null` must still read as an error to finish().
class Thrown {
  constructor(value) {
    this.value = value;
  }
}

const contextify = () => internalBinding('contextify');

// A compile-time syntax error from GraalJS names the source first ("REPL3:1:2 Expected …");
// a SyntaxError thrown while running (JSON.parse) does not.
function isCompileError(err, file) {
  return err instanceof SyntaxError && typeof err.message === 'string' &&
    StringPrototypeStartsWith(err.message, `${file}:`);
}

// Is the input merely unfinished (an open bracket, template, comment, or a line continuation)?
function isRecoverableError(err, code) {
  const first = StringPrototypeSplit(err.message, '\n')[0];
  if (RegExpPrototypeExec(/but found eof$/, first) !== null) return true;
  const pos = RegExpPrototypeExec(/^[^:]*:(\d+):(\d+) /, first);
  const lines = StringPrototypeSplit(StringPrototypeEndsWith(code, '\n') ? StringPrototypeSlice(code, 0, -1) : code, '\n');
  if (pos !== null && +pos[1] > lines.length &&
      RegExpPrototypeExec(/Missing close quote|found error|Unterminated/, first) !== null) return true;
  try {
    require('internal/repl/await').tokenize(code);
  } catch (e) {
    return e.message === 'unterminated comment' || e.message === 'unterminated template';
  }
  return false;
}

function isObjectLiteral(code) {
  return RegExpPrototypeExec(/^\s*{/, code) !== null && RegExpPrototypeExec(/}\s*$/, code) !== null;
}

function isValidSyntax(input) {
  try {
    contextify().checkScript(input, 'repl-syntax');
    return true;
  } catch {
    return false;
  }
}

// Node's default eval: compile and run `code` as a script in the global scope.
function defaultEval(code, context, file, cb) {
  if (code === '\n') {
    cb(null); // an empty line: nothing to print
    return;
  }
  let result;
  let err = null;
  let awaitPromise = false;
  const strict = this.replMode === REPL_MODE_STRICT ? '\'use strict\'; void 0;\n' : '';
  const run = (src) => contextify().runScript(strict + src, file);
  // As in Node, input with a top-level await runs wrapped even when it would compile as a
  // script (`await (f)()` is then an await, not a call of a function named await).
  const wrapped = StringPrototypeIncludes(code, 'await') ?
    require('internal/repl/await').processTopLevelAwait(code) : null;
  try {
    if (wrapped !== null && isValidSyntax(strict + wrapped)) {
      awaitPromise = true;
      result = run(wrapped);
    } else if (isObjectLiteral(code) && isValidSyntax(`(${StringPrototypeTrim(code)})`)) {
      result = run(`(${StringPrototypeTrim(code)})\n`);
    } else {
      result = run(code);
    }
  } catch (e) {
    err = new Thrown(e);
    if (!awaitPromise && isCompileError(e, file)) {
      err = e;
      if (isRecoverableError(e, code)) {
        err = new Recoverable(e);
      } else {
        ObjectDefineProperty(e, kCompiledCode, { __proto__: null, value: code, enumerable: false });
      }
    }
  }
  if (err === null) {
    const names = require('internal/repl/await').declaredNames(code);
    if (this !== undefined && this !== null && this[kLexicalNames] !== undefined) {
      ArrayPrototypeForEach(names, (n) => ArrayPrototypePush(this[kLexicalNames], n));
    }
  }
  if (err !== null) {
    cb(err);
    return;
  }
  if (!awaitPromise) {
    cb(null, result);
    return;
  }
  const self = this;
  let done = false;
  // A terminal REPL holds keys typed while it awaits, as Node's does, and replays them
  // after the result is printed (only Ctrl+C gets through, to interrupt the await).
  if (self?.terminal) self[kPausedKeys] = [];
  const settled = (e, value) => {
    const keys = self?.[kPausedKeys];
    if (self) self[kPausedKeys] = undefined;
    if (e) cb(e);
    else cb(null, value);
    if (keys) for (const { 0: d, 1: key } of keys) self._ttyWrite(d, key);
  };
  const onSigint = () => {
    if (done) return;
    done = true;
    const { codes: { ERR_SCRIPT_EXECUTION_INTERRUPTED } } = require('internal/errors');
    settled(new ERR_SCRIPT_EXECUTION_INTERRUPTED());
  };
  if (self?.on) self.once('SIGINT', onSigint);
  PromisePrototypeThen(result, (r) => {
    if (done) return;
    done = true;
    self?.removeListener?.('SIGINT', onSigint);
    settled(null, r?.value);
  }, (e) => {
    if (done) return;
    done = true;
    self?.removeListener?.('SIGINT', onSigint);
    settled(new Thrown(e));
  });
}

// V8's SyntaxError stack in the REPL: the source line, a caret, then the message.
function syntaxErrorText(err, code) {
  const { syntaxErrorLocation } = require('internal/stack_trace');
  const header = StringPrototypeSplit(err.stack, '\n')[0]; // rewords the message too
  const where = syntaxErrorLocation(err);
  if (where === undefined) return header;
  const lines = StringPrototypeSplit(code, '\n');
  const src = lines[where.line - 1];
  if (src === undefined) return header;
  return `${src}\n${StringPrototypeRepeat(' ', where.column)}^\n\n${header}`;
}

// Frames from the REPL's own evaluation (the input's top level and below) are not shown.
function trimStack(stack) {
  const lines = StringPrototypeSplit(stack, '\n');
  let cut = -1;
  for (let i = lines.length - 1; i >= 1; i--) {
    if (RegExpPrototypeExec(/^ {4}at (?:async )?REPL\d+:\d+:\d+$/, lines[i]) !== null) {
      cut = i;
      break;
    }
  }
  if (cut === -1) {
    // no top-level frame: drop node4j's own frames at the bottom
    cut = lines.length;
    while (cut > 1 && RegExpPrototypeExec(/\(?node:[^)]*\)?$/, lines[cut - 1]) !== null) cut--;
  }
  let out = lines[0];
  for (let i = 1; i < cut; i++) out += `\n${lines[i]}`;
  return out;
}

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    eval_ = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream ||= process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }
  if (options.terminal === undefined) options.terminal = options.output.isTTY;
  options.terminal = !!options.terminal;
  if (options.terminal && options.useColors === undefined) {
    const force = process.env.FORCE_COLOR;
    options.useColors = force !== undefined ? force !== '0' && force !== 'false' :
      !!options.output.isTTY && (typeof options.output.getColorDepth !== 'function' || options.output.getColorDepth() > 2);
  }
  if (eval_ !== undefined && eval_ !== null) validateFunction(eval_, 'options.eval');
  if (options.writer !== undefined) validateFunction(options.writer, 'options.writer');
  if (options.completer !== undefined) validateFunction(options.completer, 'options.completer');

  this.useColors = !!options.useColors;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.underscoreAssigned = false;
  this.last = undefined;
  this.underscoreErrAssigned = false;
  this.lastError = undefined;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.editorMode = false;
  this._initialPrompt = prompt === undefined ? '> ' : prompt;
  this[kBufferedCommand] = '';
  this[kSawSIGINT] = false;
  this[kLexicalNames] = [];
  this.commands = { __proto__: null };
  this.eval = eval_ || defaultEval;
  this.writer = options.writer || writer;
  if (this.writer === writer) writer.options.colors = this.useColors;

  const self = this;
  const completer = options.completer || function completer(text, cb) {
    FunctionPrototypeCall(complete, self, text, cb);
  };
  FunctionPrototypeCall(InterfaceConstructor, this, {
    input: options.input,
    output: options.output,
    completer,
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  });

  this.resetContext();
  defineDefaultCommands(this);

  this.on('close', function emitExit() {
    self.emit('exit');
  });

  this.on('SIGINT', function onSigInt() {
    if (self.listenerCount('SIGINT') > 1) return; // an awaited promise takes it
    const empty = self.line.length === 0;
    self.clearLine();
    self.editorMode = false;
    const cmd = self[kBufferedCommand];
    if (!(cmd && cmd.length > 0) && empty) {
      if (self[kSawSIGINT]) {
        self.close();
        self[kSawSIGINT] = false;
        return;
      }
      self.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      self[kSawSIGINT] = true;
    } else {
      self[kSawSIGINT] = false;
    }
    self.clearBufferedCommand();
    self.displayPrompt();
  });

  this.on('line', function onLine(cmd) {
    cmd = cmd || '';
    self[kSawSIGINT] = false;
    if (self.editorMode) {
      self[kBufferedCommand] += `${cmd}\n`;
      return;
    }
    const trimmed = StringPrototypeTrim(cmd);
    if (trimmed && trimmed[0] === '.' && trimmed[1] !== '.' && NumberIsNaN(NumberParseFloat(trimmed))) {
      const matches = RegExpPrototypeExec(/^\.([^\s]+)\s*(.*)$/, trimmed);
      const keyword = matches?.[1];
      const rest = matches?.[2];
      if (self.parseREPLKeyword(keyword, rest) === true) return;
      if (!self[kBufferedCommand]) {
        self.output.write('Invalid REPL keyword\n');
        finish(null);
        return;
      }
    }
    const evalCmd = `${self[kBufferedCommand]}${cmd}\n`;
    if (trimmed !== '' || self[kBufferedCommand] !== '') ArrayPrototypePush(self.lines, cmd);
    self.eval(evalCmd, self.context, `REPL${++nextResourceNumber}`, finish);

    function finish(e, ret) {
      if (e) {
        if (e instanceof Recoverable) {
          self[kBufferedCommand] += `${cmd}\n`;
          self.displayPrompt();
          return;
        }
        self.clearBufferedCommand();
        self._handleError(e instanceof Thrown ? e.value : e.err || e);
        return;
      }
      self.clearBufferedCommand();
      // finish(null) (after "Invalid REPL keyword") prints no value
      if (arguments.length === 2 && (!self.ignoreUndefined || ret !== undefined)) {
        if (!self.underscoreAssigned) self.last = ret;
        self.output.write(`${self.writer(ret)}\n`);
      }
      self.displayPrompt();
    }
  });

  this.displayPrompt();
}
ObjectSetPrototypeOf(REPLServer.prototype, Interface.prototype);
ObjectSetPrototypeOf(REPLServer, Interface);

function complete(line, cb) {
  require('internal/repl/completion').complete(this, line, cb);
}
REPLServer.prototype.complete = function(line, cb) {
  this.completer(line, cb);
};

// Prints an error as Node's REPL does ("Uncaught ReferenceError: x is not defined").
REPLServer.prototype._handleError = function(e) {
  let text;
  if (e !== null && typeof e === 'object' && typeof e.stack === 'string' && e instanceof Error) {
    const { kIsNodeError } = require('internal/errors');
    const own = ObjectKeys(e);
    if (e[kCompiledCode] !== undefined) {
      text = syntaxErrorText(e, e[kCompiledCode]);
    } else {
      // a SyntaxError's frames are not shown at all, as in Node
      const stack = e.name === 'SyntaxError' ? StringPrototypeSplit(e.stack, '\n    at ')[0] : trimStack(e.stack);
      ObjectDefineProperty(e, 'stack', { __proto__: null, value: stack, writable: true, configurable: true, enumerable: false });
      text = own.length === 0 && e[kIsNodeError] !== true ? stack : this.writer(e);
      if (text[0] === '[' && text[text.length - 1] === ']') text = StringPrototypeSlice(text, 1, -1);
    }
  } else {
    text = this.writer(e);
  }
  if (!this.underscoreErrAssigned) this.lastError = e;
  const lines = StringPrototypeSplit(text, /(?<=\n)/);
  let matched = false;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!matched && RegExpPrototypeExec(/^\[?([A-Z][a-z0-9_]*)*Error/, line) !== null) {
      out += writer.options.breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      out += line;
    }
  }
  if (!matched) out = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${out}`;
  if (!StringPrototypeEndsWith(out, '\n')) out += '\n';
  this.output.write(out);
  this.clearBufferedCommand();
  this.displayPrompt();
};

REPLServer.prototype.createContext = function() {
  return globalThis;
};

REPLServer.prototype.resetContext = function() {
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];
  const self = this;
  ObjectDefineProperty(this.context, '_', {
    __proto__: null,
    configurable: true,
    get: () => self.last,
    set: (value) => {
      self.last = value;
      if (!self.underscoreAssigned) {
        self.underscoreAssigned = true;
        self.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  ObjectDefineProperty(this.context, '_error', {
    __proto__: null,
    configurable: true,
    get: () => self.lastError,
    set: (value) => {
      self.lastError = value;
      if (!self.underscoreErrAssigned) {
        self.underscoreErrAssigned = true;
        self.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });
  installRequire(this.context);
  require('internal/repl/builtin_globals').addBuiltinLibsToObject(this.context);
  this.emit('reset', this.context);
};

// `require` and `module` for the REPL's code, resolving from the working directory.
function installRequire(context) {
  const { Module } = require('internal/modules/cjs/loader');
  const path = require('path');
  const module = new Module('<repl>');
  module.filename = path.join(process.cwd(), '<repl>');
  module.paths = Module._nodeModulePaths(process.cwd());
  const req = (id) => module.require(id);
  req.resolve = (request, opts) => Module._resolveFilename(request, module, false, opts);
  req.cache = Module._cache;
  req.main = undefined;
  for (const [name, value] of [['module', module], ['require', req]]) {
    ObjectDefineProperty(context, name, { __proto__: null, configurable: true, writable: true, enumerable: false, value });
  }
}

REPLServer.prototype.clearBufferedCommand = function() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.displayPrompt = function(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length) prompt = '| ';
  FunctionPrototypeCall(Interface.prototype.setPrompt, this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function(prompt) {
  this._initialPrompt = prompt;
  FunctionPrototypeCall(Interface.prototype.setPrompt, this, prompt);
};

REPLServer.prototype.defineCommand = function(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else {
    validateFunction(cmd.action, 'cmd.action');
  }
  this.commands[keyword] = cmd;
};

REPLServer.prototype.parseREPLKeyword = function(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    FunctionPrototypeCall(cmd.action, this, rest);
    return true;
  }
  return false;
};

REPLServer.prototype.setupHistory = function(historyPath, cb) {
  if (typeof historyPath === 'function') {
    cb = historyPath;
    historyPath = undefined;
  }
  if (historyPath !== null && typeof historyPath === 'object') {
    validateObject(historyPath, 'options');
    if (historyPath.onHistoryFileLoaded) cb = historyPath.onHistoryFileLoaded;
    if (historyPath.size !== undefined) this.historySize = historyPath.size;
    historyPath = historyPath.filePath;
  }
  if (cb === undefined) cb = () => {};
  validateFunction(cb, 'callback');
  require('internal/repl/history').setupHistory(this, historyPath, cb);
};

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action: function() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action: function() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action: function() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action: function() {
      const names = ArrayPrototypeSort(ObjectKeys(this.commands));
      let longest = 0;
      for (let i = 0; i < names.length; i++) longest = MathMax(longest, names[i].length);
      let text = '';
      for (let i = 0; i < names.length; i++) {
        const cmd = this.commands[names[i]];
        const spaces = StringPrototypeRepeat(' ', longest - names[i].length + 3);
        text += `.${names[i]}${cmd.help ? spaces + cmd.help : ''}\n`;
      }
      this.output.write(`${text}\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n`);
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action: function(file) {
      try {
        if (file === '') throw new ERR_INVALID_ARG_TYPE('file', 'string', file);
        require('fs').writeFileSync(file, ArrayPrototypeJoin(this.lines, '\n')); // no final newline, as Node
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action: function(file) {
      const fs = require('fs');
      try {
        const stats = fs.statSync(file);
        if (stats && stats.isFile()) {
          const data = fs.readFileSync(file, 'utf8');
          this.editorMode = true;
          this.write(data);
          this.editorMode = false;
          const code = this[kBufferedCommand];
          this.clearBufferedCommand();
          runWhole(this, code);
          this.displayPrompt(); // Node shows a second prompt after a load
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
          this.displayPrompt();
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
      }
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action: function() {
        this.editorMode = true;
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
        this.setPrompt_ = this._prompt;
        FunctionPrototypeCall(Interface.prototype.setPrompt, this, '');
        this.prompt();
      },
    });
  }
}

// Evaluates a whole buffer at once (.editor, .load), printing the result.
function runWhole(repl, code) {
  ArrayPrototypePush(repl.lines, code);
  repl.eval(code, repl.context, `REPL${++nextResourceNumber}`, (e, ret) => {
    if (e) {
      repl._handleError(e instanceof Thrown ? e.value : e.err || e);
      return;
    }
    if (!repl.ignoreUndefined || ret !== undefined) {
      if (!repl.underscoreAssigned) repl.last = ret;
      repl.output.write(`${repl.writer(ret)}\n`);
    }
    repl.displayPrompt();
  });
}

// In editor mode Ctrl+D runs the buffer and Ctrl+C drops it; other keys edit as usual.
REPLServer.prototype._ttyWrite = function(d, key) {
  const held = this[kPausedKeys];
  if (held !== undefined && !(key?.ctrl && key.name === 'c')) {
    ArrayPrototypePush(held, [d, key]);
    return;
  }
  if (this.editorMode && key) {
    if (key.ctrl && key.name === 'd') {
      this.editorMode = false;
      this._writeToOutput('\n');
      const code = this[kBufferedCommand] + this.line;
      this.line = '';
      this.cursor = 0;
      this.clearBufferedCommand();
      runWhole(this, code);
      return;
    }
    if (key.ctrl && key.name === 'c') {
      this.editorMode = false;
    } else if (key.name === 'return' || key.name === 'enter') {
      this[kBufferedCommand] += `${this.line}\n`;
      this.line = '';
      this.cursor = 0;
      this._writeToOutput('\n');
      return;
    }
  }
  FunctionPrototypeCall(Interface.prototype._ttyWrite, this, d, key);
};

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
};
ObjectDefineProperty(module.exports, 'builtinModules', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    return require('internal/repl/builtin_globals').builtinLibs();
  },
});
