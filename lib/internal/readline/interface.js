'use strict';
// The readline Interface shared by `readline` and `readline/promises`. Two modes:
// - plain (terminal false): input 'data' is decoded and split into lines on \n, \r\n or \r
//   (a \r\n split across chunks within crlfDelay counts once);
// - terminal: keys from emitKeypressEvents drive a line editor (cursor movement, kill and
//   word commands, history, tab completion) that redraws itself on the output.
// Method names keep Node's legacy underscore spellings (_ttyWrite, _writeToOutput, …)
// because npm packages override them to mask passwords and the like.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeReverse,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  DateNow,
  FunctionPrototypeCall,
  MathCeil,
  MathFloor,
  MathMax,
  NumberIsFinite,
  ObjectSetPrototypeOf,
  RegExpPrototypeExec,
  StringPrototypeCodePointAt,
  StringPrototypeEndsWith,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  SymbolAsyncIterator,
  SymbolDispose,
  SymbolFor,
} = primordials;

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { charLengthAt, charLengthLeft } = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMaxHistorySize = 2 ** 32 - 1;
const kMinCrlfDelay = 100;
const kFirstEventParam = SymbolFor('nodejs.kFirstEventParam');
const lineEnding = /\r?\n|\r(?!\n)/g;

let getStringWidth;
function stringWidth(s) {
  getStringWidth ??= require('internal/util/inspect').getStringWidth;
  return getStringWidth(s);
}

// A function-style constructor (the public readline.Interface may be called without new and
// inherits from here).
function InterfaceConstructor(input, output, completer, terminal) {
  FunctionPrototypeCall(EventEmitter, this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  if (input?.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    const { tabSize } = options;
    if (tabSize !== undefined) {
      validateUint32(tabSize, 'tabSize', true);
      this.tabSize = tabSize;
    }
    removeHistoryDuplicates = !!options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    // Node 24 ignores an escapeCodeTimeout that is not a positive finite number.
    const { escapeCodeTimeout } = options;
    if (NumberIsFinite(escapeCodeTimeout) && escapeCodeTimeout > 0) {
      this.escapeCodeTimeout = escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'size', 0);
  // A completer callback of arity 2 is asynchronous; adapt the synchronous kind to it.
  if (completer && completer.length !== 2) {
    const syncCompleter = completer;
    completer = (line, cb) => {
      try {
        const ret = syncCompleter(line);
        if (ret !== null && typeof ret?.then === 'function') {
          ret.then((value) => cb(null, value), cb);
        } else {
          cb(null, ret);
        }
      } catch (err) {
        cb(err);
      }
    };
  }
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  this.history = history;
  this.historyIndex = -1;
  this.historySize = historySize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.line = '';
  this.output = output;
  this.input = input;
  this.crlfDelay = crlfDelay ? MathMax(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.terminal = !!terminal;
  this._prompt = prompt;
  this._questionCallback = null;
  this._oldPrompt = '';
  this._sawReturnAt = 0;
  this._sawKeyPress = false;
  this._previousKey = null;
  this._line_buffer = null;
  this._substringSearch = null;
  this.prevRows = 0;

  const self = this;
  function onError(err) { self.emit('error', err); }
  function onData(data) { self._normalWrite(data); }
  function onEnd() {
    if (typeof self._line_buffer === 'string' && self._line_buffer.length > 0) {
      self.emit('line', self._line_buffer);
    }
    self.close();
  }
  function onTermEnd() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onKeypress(s, key) {
    self._ttyWrite(s, key);
  }
  function onResize() { self._refreshLine(); }

  input.on('error', onError);
  if (!this.terminal) {
    const { StringDecoder } = require('string_decoder');
    this._decoder = new StringDecoder('utf8');
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTermEnd);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { __proto__: null, once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  input.resume();
}
ObjectSetPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output?.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  // The callback form; readline/promises overrides it with a promise-returning one.
  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return;
        const onAbort = () => this._questionCancel();
        signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
        const userCb = cb;
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          return userCb(answer);
        };
      }
    }
    if (typeof cb === 'function') this._question(query, cb);
  }

  _question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this._questionCallback) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
    }
  }

  _questionCancel() {
    if (this._questionCallback) {
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    }
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  [SymbolDispose]() {
    this.close();
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  // Moves to the end of the current line and starts a fresh, empty one.
  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  getCursorPos() {
    const strBeforeCursor = this._prompt + StringPrototypeSlice(this.line, 0, this.cursor);
    return this._getDisplayPos(strBeforeCursor);
  }

  [SymbolAsyncIterator]() {
    if (this._lineIterator === undefined) {
      this._lineIterator = EventEmitter.on(this, 'line', {
        __proto__: null,
        close: ['close'],
        highWaterMark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this._lineIterator;
  }

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  _onLine(line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (StringPrototypeTrim(this.line).length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = ArrayPrototypeIndexOf(this.history, this.line);
        if (dupIndex !== -1) ArrayPrototypeSplice(this.history, dupIndex, 1);
      }
      ArrayPrototypeUnshift(this.history, this.line);
      while (this.history.length > this.historySize) ArrayPrototypePop(this.history);
    }
    this.historyIndex = -1;
    this._substringSearch = null;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws prompt and line, leaving the cursor where this.cursor says.
  _refreshLine() {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // A line that exactly fills the last row: move to the next one so the cursor shows.
    if (lineCols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  _normalWrite(b) {
    if (b === undefined) return;
    let string = this._decoder.write(b);
    if (this._sawReturnAt && DateNow() - this._sawReturnAt <= this.crlfDelay) {
      if (string[0] === '\n') string = StringPrototypeSlice(string, 1);
      this._sawReturnAt = 0;
    }
    const newPartContainsEnding = RegExpPrototypeExec(/\r|\n/, string) !== null;
    if (this._line_buffer !== null) {
      string = this._line_buffer + string;
      this._line_buffer = null;
    }
    if (!newPartContainsEnding) {
      this._line_buffer = string;
      return;
    }
    const endsWithReturn = StringPrototypeEndsWith(string, '\r');
    // Split first, then emit: a 'line' listener may write to this interface again (the
    // REPL's .load does), which must not disturb the shared lineEnding's lastIndex mid-loop.
    lineEnding.lastIndex = 0;
    const lines = [];
    let start = 0;
    let m;
    while ((m = RegExpPrototypeExec(lineEnding, string)) !== null) {
      ArrayPrototypePush(lines, StringPrototypeSlice(string, start, m.index));
      start = lineEnding.lastIndex;
    }
    lineEnding.lastIndex = 0;
    for (let i = 0; i < lines.length; i++) this._onLine(lines[i]);
    // Timed from after the 'line' listeners ran, so a slow listener does not turn the \n
    // of a \r\n split across chunks into an extra empty line.
    this._sawReturnAt = endsWithReturn ? DateNow() : 0;
    const rest = StringPrototypeSlice(string, start);
    if (rest.length > 0) this._line_buffer = rest;
  }

  _insertString(c) {
    this._beforeEdit();
    if (this.cursor < this.line.length) {
      const beg = StringPrototypeSlice(this.line, 0, this.cursor);
      const end = StringPrototypeSlice(this.line, this.cursor);
      this.line = beg + c + end;
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const string = StringPrototypeSlice(this.line, 0, this.cursor);
    this.completer(string, (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${err}`);
        return;
      }
      this._tabCompleter(lastKeypressWasTab, value);
    });
  }

  _tabCompleter(lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(ArrayPrototypeFilter(completions, (e) => e !== ''));
    if (StringPrototypeStartsWith(prefix, completeOn) && prefix.length > completeOn.length) {
      this._insertString(StringPrototypeSlice(prefix, completeOn.length));
      return;
    } else if (!StringPrototypeStartsWith(completeOn, prefix)) {
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - completeOn.length) + prefix +
        StringPrototypeSlice(this.line, this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    // Second tab: list the candidates in columns below the line.
    this._beforeEdit();
    const width = MathMax(...ArrayPrototypeMap(completions, (e) => stringWidth(e))) + 2;
    let maxColumns = MathFloor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
      }
      if (completion !== '') {
        output += completion;
        if (lineIndex < maxColumns - 1 && i < completions.length - 1) {
          output += StringPrototypeRepeat(' ', width - stringWidth(completion));
        }
        lineIndex++;
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this._writeToOutput(output);
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor > 0) {
      const leading = StringPrototypeSlice(this.line, 0, this.cursor);
      const reversed = ArrayPrototypeJoin(ArrayPrototypeReverse(StringPrototypeSplit(leading, '')), '');
      const match = RegExpPrototypeExec(/^\s*(?:[^\w\s]+|\w+)?/, reversed);
      this._moveCursor(-match[0].length);
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const trailing = StringPrototypeSlice(this.line, this.cursor);
      const match = RegExpPrototypeExec(/^(?:\s+|[^\w\s]+|\w+)\s*/, trailing);
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit();
      const n = charLengthLeft(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - n) +
        StringPrototypeSlice(this.line, this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit();
      const n = charLengthAt(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + n);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit();
      let leading = StringPrototypeSlice(this.line, 0, this.cursor);
      const reversed = ArrayPrototypeJoin(ArrayPrototypeReverse(StringPrototypeSplit(leading, '')), '');
      const match = RegExpPrototypeExec(/^\s*(?:[^\w\s]+|\w+)?/, reversed);
      leading = StringPrototypeSlice(leading, 0, leading.length - match[0].length);
      this.line = leading + StringPrototypeSlice(this.line, this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit();
      const trailing = StringPrototypeSlice(this.line, this.cursor);
      const match = RegExpPrototypeExec(/^(?:\s+|\W+|\w+)\s*/, trailing);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(trailing, match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this._beforeEdit();
    this.line = StringPrototypeSlice(this.line, this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this._beforeEdit();
    this.line = StringPrototypeSlice(this.line, 0, this.cursor);
    this._refreshLine();
  }

  _line() {
    const line = this._addHistory();
    this._substringSearch = null;
    this.clearLine();
    this._onLine(line);
  }

  // Any edit ends a history walk: the edited text becomes the new search prefix.
  _beforeEdit() {
    this.historyIndex = -1;
    this._substringSearch = null;
  }

  // Up: the next older entry that starts with what was typed before the walk began.
  _historyPrev() {
    if (this.historyIndex >= this.history.length || this.history.length === 0) return;
    if (this.historyIndex === -1) this._substringSearch = this.line;
    const search = this._substringSearch || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           ((search && !StringPrototypeStartsWith(this.history[index], search)) ||
            this.line === this.history[index])) {
      index++;
    }
    // Past the oldest match: back to what was typed.
    this.historyIndex = index;
    this.line = index === this.history.length ? search : this.history[index];
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _historyNext() {
    if (this.historyIndex < 0) return;
    const search = this._substringSearch || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           ((search && !StringPrototypeStartsWith(this.history[index], search)) ||
            this.line === this.history[index])) {
      index--;
    }
    this.historyIndex = index;
    this.line = index === -1 ? search : this.history[index];
    if (index === -1) this._substringSearch = null;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  // Rows and columns a string occupies on the output, counting wide characters, tabs and
  // wrapping at the terminal width.
  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = require('internal/util/inspect').stripVTControlCharacters(str);
    const lines = StringPrototypeSplit(str, '\n');
    for (let l = 0; l < lines.length; l++) {
      if (l > 0) {
        rows += MathCeil(offset / col) || 1;
        offset = 0;
      }
      const part = lines[l];
      for (let i = 0; i < part.length; i++) {
        const code = StringPrototypeCodePointAt(part, i);
        if (code >= 0x10000) i++;
        if (code === 0x09) {
          offset += this.tabSize - (offset % this.tabSize);
          continue;
        }
        const width = stringWidth(StringPrototypeSlice(part, i - (code >= 0x10000 ? 1 : 0), i + 1));
        if (width === 0 || width === 1) {
          offset += width;
        } else {
          // A wide character does not split over the row end.
          if ((offset + 1) % col === 0) offset++;
          offset += 2;
        }
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  _getCursorPos() {
    return this.getCursorPos();
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      const diffWidth = newPos.cols - oldPos.cols;
      moveCursor(this.output, diffWidth, 0);
    } else {
      this._refreshLine();
    }
  }

  // One key of terminal input: s is the character (undefined for escape sequences).
  _ttyWrite(s, key) {
    const previousKey = this._previousKey;
    key = key || {};
    this._previousKey = key;
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); break;
        case 'delete': this._deleteLineRight(); break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            this.clearLine();
            this.close();
          }
          break;
        case 'h': this._deleteLeft(); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this._deleteRight();
          break;
        case 'u': this._deleteLineLeft(); break;
        case 'k': this._deleteLineRight(); break;
        case 'a': this._moveCursor(-Infinity); break;
        case 'e': this._moveCursor(+Infinity); break;
        case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n': this._historyNext(); break;
        case 'p': this._historyPrev(); break;
        case 'z':
          // Suspending the process needs job control the JVM does not offer: listeners
          // decide what happens.
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          break;
        case 'w':
        case 'backspace': this._deleteWordLeft(); break;
        case 'delete': this._deleteWordRight(); break;
        case 'left': this._wordLeft(); break;
        case 'right': this._wordRight(); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete': this._deleteWordRight(); break;
        case 'backspace': this._deleteWordLeft(); break;
      }
    } else {
      if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
      switch (key.name) {
        case 'return':
          this._sawReturnAt = DateNow();
          this._line();
          break;
        case 'enter':
          // \r\n counts once.
          if (this._sawReturnAt === 0 || DateNow() - this._sawReturnAt > this.crlfDelay) {
            this._line();
          }
          this._sawReturnAt = 0;
          break;
        case 'backspace': this._deleteLeft(); break;
        case 'delete': this._deleteRight(); break;
        case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'home': this._moveCursor(-Infinity); break;
        case 'end': this._moveCursor(+Infinity); break;
        case 'up': this._historyPrev(); break;
        case 'down': this._historyNext(); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
            this._tabComplete(lastKeypressWasTab);
            break;
          }
        // Fall through: without a completer a tab is text.
        default:
          if (typeof s === 'string' && s) {
            const lines = StringPrototypeSplit(s, /\r\n|\n|\r/);
            for (let i = 0; i < lines.length; i++) {
              if (i > 0) this._line();
              if (lines[i].length) this._insertString(lines[i]);
            }
          }
      }
    }
  }
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(strings));
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return StringPrototypeSlice(min, 0, i);
  }
  return min;
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kMaxHistorySize,
};
