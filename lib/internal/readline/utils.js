'use strict';
// Terminal helpers shared by readline and tty: ANSI cursor sequences, the key decoder behind
// 'keypress' events, and display-width arithmetic for the line editor.

const {
  ArrayPrototypePush,
  NumberParseInt,
  RegExpPrototypeExec,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
} = primordials;

const ESC = '\x1b';
const CSI_PREFIX = '\x1b[';

// CSI`...` builds a control sequence introducer string.
function CSI(strings, ...args) {
  let ret = CSI_PREFIX;
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
}
CSI.kEscape = ESC;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// Names of the escape sequences terminals send, keyed by the code with parameters removed
// ('[1;5C' is '[C' with modifier 5). xterm, rxvt, linux console and putty spellings.
const keyNames = {
  __proto__: null,
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[Z': 'tab', '[200~': 'paste-start', '[201~': 'paste-end',
};
// Codes whose spelling itself says shift or ctrl (rxvt).
const shiftCodes = { __proto__: null, '[a': 1, '[b': 1, '[c': 1, '[d': 1, '[e': 1, '[2$': 1,
  '[3$': 1, '[5$': 1, '[6$': 1, '[7$': 1, '[8$': 1, '[Z': 1 };
const ctrlCodes = { __proto__: null, 'Oa': 1, 'Ob': 1, 'Oc': 1, 'Od': 1, 'Oe': 1, '[2^': 1,
  '[3^': 1, '[5^': 1, '[6^': 1, '[7^': 1, '[8^': 1 };

function isDigit(c) { return c >= '0' && c <= '9'; }

// Length in UTF-16 units of the character at i (2 for a surrogate pair).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return StringPrototypeCodePointAt(str, i) >= 0x10000 ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && StringPrototypeCodePointAt(str, i - 2) >= 0x10000) return 2;
  return 1;
}

// Names a single non-escape character the way keypress reports it.
function nameChar(ch, key) {
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch <= '\x1a') {
    key.name = StringFromCharCode(StringPrototypeCharCodeAt(ch, 0) + 96);
    key.ctrl = true;
  } else if (RegExpPrototypeExec(/^[0-9A-Za-z]$/, ch) !== null) {
    key.name = StringPrototypeToLowerCase(ch);
    key.shift = ch >= 'A' && ch <= 'Z';
  }
}

function newKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// Splits decoded input into keys. Returns [{ key, escaped }]: escaped keys are reported
// with an undefined character, as Node does.
function decodeKeys(s) {
  const keys = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    if (s[i] !== ESC) {
      const len = charLengthAt(s, i);
      const ch = StringPrototypeSlice(s, i, i + len);
      const key = newKey(ch);
      nameChar(ch, key);
      ArrayPrototypePush(keys, { key, escaped: false });
      i += len;
      continue;
    }
    i++;
    let doubled = false;
    if (s[i] === ESC) { doubled = true; i++; }
    if (i < s.length && (s[i] === '[' || s[i] === 'O')) {
      // A CSI or SS3 sequence: prefix, numeric parameters, one final character.
      const prefix = s[i++];
      let code = prefix;
      if (prefix === '[' && s[i] === '[') {
        code += '[';
        i++;
      }
      const paramStart = i;
      while (i < s.length && (isDigit(s[i]) || s[i] === ';')) i++;
      const params = StringPrototypeSlice(s, paramStart, i);
      const final = i < s.length ? s[i++] : '';
      const parts = params === '' ? [] : StringPrototypeSplit(params, ';');
      let modifier = 1;
      if (final === '~' || final === '$' || final === '^') {
        code += (parts[0] ?? '') + final;
        if (parts.length > 1) modifier = NumberParseInt(parts[1], 10) || 1;
      } else {
        code += final;
        if (parts.length > 1) modifier = NumberParseInt(parts[1], 10) || 1;
        else if (parts.length === 1 && parts[0] !== '' && parts[0] !== '1') {
          modifier = NumberParseInt(parts[0], 10) || 1;
        }
      }
      const key = newKey(StringPrototypeSlice(s, start, i));
      const bits = modifier - 1;
      key.ctrl = !!(bits & 4);
      key.meta = !!(bits & 10);
      key.shift = !!(bits & 1);
      key.code = code;
      key.name = keyNames[code];
      if (shiftCodes[code]) key.shift = true;
      if (ctrlCodes[code]) key.ctrl = true;
      ArrayPrototypePush(keys, { key, escaped: true });
      continue;
    }
    if (i < s.length) {
      // ESC followed by a character: that character with meta (alt) held.
      const len = charLengthAt(s, i);
      const ch = StringPrototypeSlice(s, i, i + len);
      i += len;
      const key = newKey(StringPrototypeSlice(s, start, i));
      if (ch === '\x7f' || ch === '\b') key.name = 'backspace';
      else nameChar(ch, key);
      key.meta = true;
      ArrayPrototypePush(keys, { key, escaped: true });
      continue;
    }
    const key = newKey(StringPrototypeSlice(s, start, i));
    key.name = 'escape';
    key.meta = doubled;
    ArrayPrototypePush(keys, { key, escaped: true });
  }
  return keys;
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  decodeKeys,
};
