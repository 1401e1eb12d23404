'use strict';
// Glob matching for path.matchesGlob(): minimatch's semantics under the options Node 24
// passes (backslashes are separators, never escapes; no negation or comments; no dot
// files unless the pattern spells the dot; case-insensitive only on Windows and macOS
// hosts, and then for magic parts only; patterns and paths simplified before matching).
//
// A pattern goes through: brace expansion -> split on '/' -> simplification of '.', '..'
// and '**' parts -> each part compiled to a literal string, GLOBSTAR, or an anchored
// RegExp. A path matches if it matches any of the resulting part lists.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  MathAbs,
  MathMax,
  NumberParseInt,
  RegExp,
  RegExpPrototypeExec,
  SafeMap,
  SafeSet,
  String,
  StringFromCharCode,
  StringPrototypeCharAt,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  Symbol,
  TypeError,
} = primordials;

const GLOBSTAR = Symbol('globstar **');
const kMaxPatternLength = 64 * 1024;

// ---------------------------------------------------------------------------------------
// Brace expansion, bash style: 'a{b,c}d' -> abd acd, '{1..3}', '{a..e..2}', nesting.
// ---------------------------------------------------------------------------------------

// Stand-ins for braces that must stay literal while expanding.
const kOpen = `\0LITERAL_OPEN${(1e8 * (1 + (Date.now() % 7))) | 0}\0`;
const kClose = `\0LITERAL_CLOSE${(1e8 * (2 + (Date.now() % 5))) | 0}\0`;
const kComma = `\0LITERAL_COMMA${(1e8 * (3 + (Date.now() % 3))) | 0}\0`;

function restoreLiterals(str) {
  return StringPrototypeReplace(
    StringPrototypeReplace(StringPrototypeReplace(str, new RegExp(kOpen, 'g'), '{'),
                           new RegExp(kClose, 'g'), '}'),
    new RegExp(kComma, 'g'), ',');
}

// The first '{' and the '}' that closes it. With unbalanced braces the innermost
// complete pair found while scanning is used instead ('a{b{c}d' -> '{c}').
function findBraces(str) {
  let open = StringPrototypeIndexOf(str, '{');
  let close = StringPrototypeIndexOf(str, '}', open + 1);
  if (open < 0 || close <= 0) return null;
  const opens = [];
  let bestStart = str.length;
  let bestEnd = -1;
  let result = null;
  let i = open;
  while (i >= 0 && result === null) {
    if (i === open) {
      ArrayPrototypePush(opens, i);
      open = StringPrototypeIndexOf(str, '{', i + 1);
    } else if (opens.length === 1) {
      result = [ArrayPrototypePop(opens), close];
    } else {
      const start = ArrayPrototypePop(opens);
      if (start < bestStart) {
        bestStart = start;
        bestEnd = close;
      }
      close = StringPrototypeIndexOf(str, '}', i + 1);
    }
    i = open < close && open >= 0 ? open : close;
  }
  if (opens.length > 0 && result === null) result = [bestStart, bestEnd];
  if (result === null || result[1] < 0) return null;
  return {
    pre: StringPrototypeSlice(str, 0, result[0]),
    body: StringPrototypeSlice(str, result[0] + 1, result[1]),
    post: StringPrototypeSlice(str, result[1] + 1),
  };
}

// Split a brace body on its top-level commas.
function splitOptions(str) {
  if (!str) return [''];
  const m = findBraces(str);
  if (m === null) return StringPrototypeSplit(str, ',');
  const parts = StringPrototypeSplit(m.pre, ',');
  parts[parts.length - 1] += `{${m.body}}`;
  const rest = splitOptions(m.post);
  if (m.post.length) {
    parts[parts.length - 1] += rest[0];
    for (let i = 1; i < rest.length; i++) ArrayPrototypePush(parts, rest[i]);
  }
  return parts;
}

function sequenceValue(str) {
  const n = NumberParseInt(str, 10);
  // eslint-disable-next-line eqeqeq
  return n == str ? n : StringPrototypeCharCodeAt(str, 0);
}

const kNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/;
const kAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/;
const kCommaAfterClose = /,(?!,).*\}/;
const kPadded = /^-?0\d/;

function expand(str, isTop) {
  const m = findBraces(str);
  if (m === null) return [str];
  const out = [];
  const post = m.post.length ? expand(m.post, false) : [''];
  if (m.pre.length > 0 && StringPrototypeCharCodeAt(m.pre, m.pre.length - 1) === 36 /* $ */) {
    // '${...}' is left alone.
    for (let k = 0; k < post.length; k++) ArrayPrototypePush(out, `${m.pre}{${m.body}}${post[k]}`);
    return out;
  }
  const numeric = RegExpPrototypeExec(kNumericSequence, m.body) !== null;
  const alpha = RegExpPrototypeExec(kAlphaSequence, m.body) !== null;
  const isSequence = numeric || alpha;
  const isOptions = StringPrototypeIndexOf(m.body, ',') >= 0;
  if (!isSequence && !isOptions) {
    // '{a},b}': the first '}' is literal, the next pair may still expand.
    if (RegExpPrototypeExec(kCommaAfterClose, m.post) !== null) {
      return expand(`${m.pre}{${m.body}${kClose}${m.post}`, isTop);
    }
    return [str];
  }
  let items;
  if (isSequence) {
    const n = StringPrototypeSplit(m.body, /\.\./);
    const from = sequenceValue(n[0]);
    const to = sequenceValue(n[1]);
    const width = MathMax(n[0].length, n[1].length);
    let step = n.length === 3 ? MathMax(MathAbs(sequenceValue(n[2])), 1) : 1;
    const down = to < from;
    if (down) step = -step;
    const pad = RegExpPrototypeExec(kPadded, n[0]) !== null || RegExpPrototypeExec(kPadded, n[1]) !== null ||
      (n.length === 3 && RegExpPrototypeExec(kPadded, n[2]) !== null);
    items = [];
    for (let i = from; down ? i >= to : i <= to; i += step) {
      let c;
      if (alpha) {
        c = StringFromCharCode(i);
        if (c === '\\') c = '';
      } else {
        c = String(i);
        if (pad) {
          const need = width - c.length;
          if (need > 0) {
            const zeros = StringPrototypeRepeat('0', need);
            c = i < 0 ? `-${zeros}${StringPrototypeSlice(c, 1)}` : zeros + c;
          }
        }
      }
      ArrayPrototypePush(items, c);
    }
  } else {
    let n = splitOptions(m.body);
    if (n.length === 1) {
      // 'x{{a,b}}y' -> x{a}y x{b}y
      const inner = expand(n[0], false);
      n = [];
      for (let i = 0; i < inner.length; i++) ArrayPrototypePush(n, `{${inner[i]}}`);
      if (n.length === 1) {
        for (let k = 0; k < post.length; k++) ArrayPrototypePush(out, m.pre + n[0] + post[k]);
        return out;
      }
    }
    items = [];
    for (let j = 0; j < n.length; j++) {
      const e = expand(n[j], false);
      for (let k = 0; k < e.length; k++) ArrayPrototypePush(items, e[k]);
    }
  }
  for (let j = 0; j < items.length; j++) {
    for (let k = 0; k < post.length; k++) {
      const expansion = m.pre + items[j] + post[k];
      if (!isTop || isSequence || expansion) ArrayPrototypePush(out, expansion);
    }
  }
  return out;
}

const kHasBracePair = /\{(?:(?!\{).)*\}/;

function expandBraces(pattern) {
  if (RegExpPrototypeExec(kHasBracePair, pattern) === null) return [pattern];
  // A leading '{}' stays as it is (bash does the same).
  let str = pattern;
  if (StringPrototypeStartsWith(str, '{}')) str = `${kOpen}${kClose}${StringPrototypeSlice(str, 2)}`;
  const expanded = expand(str, true);
  const seen = new SafeSet();
  const out = [];
  for (let i = 0; i < expanded.length; i++) {
    const s = restoreLiterals(expanded[i]);
    if (!seen.has(s)) {
      seen.add(s);
      ArrayPrototypePush(out, s);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Bracket expressions: [abc], [!a-z], [[:alpha:]] ...
// ---------------------------------------------------------------------------------------

// POSIX class -> [regexp class content, needs the u flag, is a negated set]
const kPosixClasses = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, true],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

function classEscape(s) {
  return StringPrototypeReplace(s, /[[\]\\-]/g, '\\$&');
}

function regExpEscape(s) {
  return StringPrototypeReplace(s, /[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

// The bracket expression starting at glob[pos] === '['. Returns null when it is not one
// (no closing ']'): the '[' is then a literal. A class that can match nothing (a reversed
// range only, or a POSIX class as a range end) poisons the rest of the part.
function parseClass(glob, pos) {
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let negate = false;
  let end = pos;
  let rangeStart = '';
  outer:
  while (i < glob.length) {
    const c = StringPrototypeCharAt(glob, i);
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && sawStart) {
      end = i + 1;
      break;
    }
    sawStart = true;
    if (c === '[') {
      for (let k = 0; k < kPosixClasses.length; k++) {
        const cls = kPosixClasses[k];
        if (StringPrototypeStartsWith(glob, cls[0], i)) {
          if (rangeStart) return { src: '$.', uflag: false, consumed: glob.length - pos, magic: true };
          i += cls[0].length;
          ArrayPrototypePush(cls[3] ? negs : ranges, cls[1]);
          uflag = uflag || cls[2];
          continue outer;
        }
      }
    }
    if (rangeStart) {
      if (c > rangeStart) {
        ArrayPrototypePush(ranges, `${classEscape(rangeStart)}-${classEscape(c)}`);
      } else if (c === rangeStart) {
        ArrayPrototypePush(ranges, classEscape(c));
      }
      rangeStart = '';
      i++;
      continue;
    }
    if (StringPrototypeStartsWith(glob, '-]', i + 1)) {
      ArrayPrototypePush(ranges, classEscape(`${c}-`));
      i += 2;
      continue;
    }
    if (StringPrototypeStartsWith(glob, '-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ArrayPrototypePush(ranges, classEscape(c));
    i++;
  }
  if (end < i) return null;
  if (ranges.length === 0 && negs.length === 0) {
    return { src: '$.', uflag: false, consumed: glob.length - pos, magic: true };
  }
  // '[x]' is just the character x.
  if (negs.length === 0 && ranges.length === 1 && !negate &&
      RegExpPrototypeExec(/^\\?.$/, ranges[0]) !== null) {
    const ch = ranges[0].length === 2 ? StringPrototypeSlice(ranges[0], -1) : ranges[0];
    return { src: regExpEscape(ch), literal: ch, uflag: false, consumed: end - pos, magic: false };
  }
  const positive = `[${negate ? '^' : ''}${ArrayPrototypeJoin(ranges, '')}]`;
  const negative = `[${negate ? '' : '^'}${ArrayPrototypeJoin(negs, '')}]`;
  let src;
  if (ranges.length && negs.length) src = `(${positive}|${negative})`;
  else if (ranges.length) src = positive;
  else src = negative;
  return { src, uflag, consumed: end - pos, magic: true };
}

// ---------------------------------------------------------------------------------------
// One path part: a tree of sequences (type null) and extglobs ('!?+*@'), then a RegExp.
// ---------------------------------------------------------------------------------------

const STAR = '[^/]*?';
const STAR_NO_EMPTY = '[^/]+?';
const QMARK = '[^/]';
const NO_DOT = '(?!\\.)';
const NO_TRAVERSAL = '(?!(?:^|\\/)\\.\\.?(?:$|\\/))';
const END_OF_PART = '(?:$|\\/)';

function isExtType(c) {
  return c === '!' || c === '?' || c === '+' || c === '*' || c === '@';
}

function startsPattern(ch) {
  return ch === '[' || ch === '.';
}

class GlobNode {
  constructor(type, parent) {
    this.type = type; // null: a sequence of strings and extglobs; else an extglob of sequences
    this.parts = [];
    this.parent = parent;
    this.root = parent ? parent.root : this;
    this.index = parent ? parent.parts.length : 0;
    this.magic = type ? true : undefined;
    this.uflag = false;
    this.emptyExt = false;
    this.text = undefined;
    if (this.root === this) {
      this.negs = [];
      this.filled = false;
    }
    if (type === '!' && !this.root.filled) ArrayPrototypePush(this.root.negs, this);
  }

  add(part) {
    if (part !== '') ArrayPrototypePush(this.parts, part);
  }

  toString() {
    if (this.text !== undefined) return this.text;
    let s = '';
    for (let i = 0; i < this.parts.length; i++) {
      if (this.type && i > 0) s += '|';
      s += typeof this.parts[i] === 'string' ? this.parts[i] : this.parts[i].toString();
    }
    this.text = this.type ? `${this.type}(${s})` : s;
    return this.text;
  }

  // At the start of the part: first in every enclosing sequence, or preceded by
  // negations only.
  isStart() {
    if (this.root === this) return true;
    const p = this.parent;
    if (!p.isStart()) return false;
    if (this.index === 0) return true;
    for (let i = 0; i < this.index; i++) {
      const q = p.parts[i];
      if (typeof q === 'string' || q.type !== '!') return false;
    }
    return true;
  }

  isEnd() {
    if (this.root === this) return true;
    if (this.parent.type === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (!this.type) return this.parent.isEnd();
    return this.index === this.parent.parts.length - 1;
  }

  clone(parent) {
    const c = new GlobNode(this.type, parent);
    for (let i = 0; i < this.parts.length; i++) c.copyIn(this.parts[i]);
    return c;
  }

  copyIn(part) {
    this.add(typeof part === 'string' ? part : part.clone(this));
  }
}

// An extglob whose only content is another extglob is folded into it where that keeps
// the meaning simple: '@(@(a)|b)' -> '@(a|b)', '+(?(a))' -> '+(a|)', '!(!(a))' -> '@(a)'.
const kSplice = {
  '@': { '@': 0, '?': 1 },
  '+': { '@': 0, '+': 0, '*': 1, '?': 1 },
  '*': { '@': 0, '+': 0, '*': 0, '?': 0 },
  '?': { '@': 0, '?': 0 },
  '!': { '@': 0, '?': 1 },
};
const kBecome = {
  '@': { '+': '+', '*': '*', '!': '!' },
  '?': { '+': '*', '*': '*' },
  '!': { '!': '@' },
};

function adoptChildren(ext) {
  const alts = ext.parts;
  if (alts.length === 1) {
    const only = alts[0].parts;
    if (only.length === 1 && typeof only[0] !== 'string') {
      const child = only[0];
      const to = kBecome[ext.type]?.[child.type];
      if (to !== undefined && kSplice[ext.type][child.type] === undefined) {
        ext.type = to;
        ext.parts = [];
        for (let i = 0; i < child.parts.length; i++) {
          child.parts[i].parent = ext;
          ArrayPrototypePush(ext.parts, child.parts[i]);
        }
        return;
      }
    }
  }
  const table = kSplice[ext.type];
  const out = [];
  for (let i = 0; i < alts.length; i++) {
    const alt = alts[i];
    const child = alt.parts.length === 1 ? alt.parts[0] : undefined;
    const mode = child !== undefined && typeof child !== 'string' ? table[child.type] : undefined;
    if (mode === undefined) {
      ArrayPrototypePush(out, alt);
      continue;
    }
    for (let k = 0; k < child.parts.length; k++) {
      child.parts[k].parent = ext;
      ArrayPrototypePush(out, child.parts[k]);
    }
    if (mode === 1) ArrayPrototypePush(out, new GlobNode(null, ext));
  }
  ext.parts = out;
}

// Parse str from pos into node. For a sequence, reads to the end; for an extglob
// (pos at its '('), reads its '|'-separated alternatives up to the matching ')'.
// Returns the index after what was read. Brackets are skipped over as a unit.
function parseInto(str, node, pos) {
  let inClass = false;
  let classStart = -1;
  let classNeg = false;
  if (node.type === null) {
    let i = pos;
    let acc = '';
    while (i < str.length) {
      const c = StringPrototypeCharAt(str, i++);
      if (inClass) {
        if (i === classStart + 1) {
          if (c === '^' || c === '!') classNeg = true;
        } else if (c === ']' && !(i === classStart + 2 && classNeg)) {
          inClass = false;
        }
        acc += c;
        continue;
      } else if (c === '[') {
        inClass = true;
        classStart = i;
        classNeg = false;
        acc += c;
        continue;
      }
      if (isExtType(c) && StringPrototypeCharAt(str, i) === '(') {
        node.add(acc);
        acc = '';
        const ext = new GlobNode(c, node);
        i = parseInto(str, ext, i);
        node.add(ext);
        continue;
      }
      acc += c;
    }
    node.add(acc);
    return i;
  }

  let i = pos + 1;
  let alt = new GlobNode(null, node);
  const alts = [];
  let acc = '';
  while (i < str.length) {
    const c = StringPrototypeCharAt(str, i++);
    if (inClass) {
      if (i === classStart + 1) {
        if (c === '^' || c === '!') classNeg = true;
      } else if (c === ']' && !(i === classStart + 2 && classNeg)) {
        inClass = false;
      }
      acc += c;
      continue;
    } else if (c === '[') {
      inClass = true;
      classStart = i;
      classNeg = false;
      acc += c;
      continue;
    }
    if (isExtType(c) && StringPrototypeCharAt(str, i) === '(') {
      alt.add(acc);
      acc = '';
      const ext = new GlobNode(c, alt);
      alt.add(ext);
      i = parseInto(str, ext, i);
      continue;
    }
    if (c === '|') {
      alt.add(acc);
      acc = '';
      ArrayPrototypePush(alts, alt);
      alt = new GlobNode(null, node);
      continue;
    }
    if (c === ')') {
      // Quirk kept: only what follows the last '|' or nested extglob counts here.
      if (acc === '' && node.parts.length === 0) node.emptyExt = true;
      alt.add(acc);
      acc = '';
      for (let k = 0; k < alts.length; k++) ArrayPrototypePush(node.parts, alts[k]);
      ArrayPrototypePush(node.parts, alt);
      adoptChildren(node);
      return i;
    }
    acc += c;
  }
  // Never closed: not an extglob, its text is an ordinary glob string.
  node.type = null;
  node.magic = undefined;
  node.parts = [StringPrototypeSlice(str, pos - 1)];
  return i;
}

// After parsing: a negation must also reject what would match the rest of the part,
// so everything that follows it (in each enclosing sequence) is copied into each of its
// alternatives. Later negations are filled first, so earlier ones copy them filled.
function fillNegations(root) {
  if (root.filled) return;
  root.toString();
  root.filled = true;
  let neg;
  while ((neg = ArrayPrototypePop(root.negs)) !== undefined) {
    if (neg.type !== '!') continue;
    let p = neg;
    let pp = p.parent;
    while (pp) {
      if (!pp.type) {
        for (let i = p.index + 1; i < pp.parts.length; i++) {
          for (let k = 0; k < neg.parts.length; k++) neg.parts[k].copyIn(pp.parts[i]);
        }
      }
      p = pp;
      pp = p.parent;
    }
  }
}

// Compile literal text (with *, ?, [..]) of a sequence. Runs of '*' act as one; a part
// that is nothing but stars must match at least one character.
function compileText(glob, magic, noEmpty) {
  let re = '';
  let literal = '';
  let uflag = false;
  let onlyStars = noEmpty;
  if (onlyStars) {
    for (let i = 0; i < glob.length; i++) {
      if (StringPrototypeCharCodeAt(glob, i) !== 42) {
        onlyStars = false;
        break;
      }
    }
  }
  let prevStar = false;
  for (let i = 0; i < glob.length; i++) {
    const c = StringPrototypeCharAt(glob, i);
    if (c === '[') {
      const cls = parseClass(glob, i);
      if (cls !== null) {
        re += cls.src;
        literal += cls.literal ?? cls.src;
        uflag = uflag || cls.uflag;
        magic = magic || cls.magic;
        i += cls.consumed - 1;
        prevStar = false;
        continue;
      }
    }
    if (c === '*') {
      if (!prevStar) re += onlyStars ? STAR_NO_EMPTY : STAR;
      magic = true;
      prevStar = true;
      continue;
    }
    prevStar = false;
    if (c === '?') {
      re += QMARK;
      magic = true;
      continue;
    }
    re += regExpEscape(c);
    literal += c;
  }
  return { re, literal, magic: !!magic, uflag };
}

function sequenceSource(node, allowDot) {
  const dot = allowDot ?? false;
  if (node.root === node) fillNegations(node);
  let allStrings = true;
  for (let i = 0; i < node.parts.length; i++) {
    if (typeof node.parts[i] !== 'string') {
      allStrings = false;
      break;
    }
  }
  const noEmpty = allStrings && node.isStart() && node.isEnd();
  let src = '';
  let literal = '';
  for (let i = 0; i < node.parts.length; i++) {
    const p = node.parts[i];
    let r;
    if (typeof p === 'string') r = compileText(p, node.magic, noEmpty);
    else if (p.type) r = extSource(p, allowDot);
    else r = sequenceSource(p, allowDot); // an extglob that was never closed
    node.magic = node.magic || r.magic;
    node.uflag = node.uflag || r.uflag;
    src += r.re;
    literal += r.literal;
  }
  let start = '';
  if (node.isStart() && typeof node.parts[0] === 'string') {
    const justDots = node.parts.length === 1 && (node.parts[0] === '.' || node.parts[0] === '..');
    if (!justDots) {
      const noTraversal = (dot && startsPattern(StringPrototypeCharAt(src, 0))) ||
        (StringPrototypeStartsWith(src, '\\.') && startsPattern(StringPrototypeCharAt(src, 2))) ||
        (StringPrototypeStartsWith(src, '\\.\\.') && startsPattern(StringPrototypeCharAt(src, 4)));
      const noDot = !dot && !allowDot && startsPattern(StringPrototypeCharAt(src, 0));
      start = noTraversal ? NO_TRAVERSAL : noDot ? NO_DOT : '';
    }
  }
  const end = node.isEnd() && node.root.filled && node.parent?.type === '!' ? END_OF_PART : '';
  node.magic = !!node.magic;
  return { re: start + src + end, literal, magic: node.magic, uflag: node.uflag };
}

function alternativesSource(node, dot) {
  const startAndEnd = node.isStart() && node.isEnd();
  let out = '';
  let first = true;
  for (let i = 0; i < node.parts.length; i++) {
    const r = sequenceSource(node.parts[i], dot);
    node.uflag = node.uflag || r.uflag;
    if (startAndEnd && !r.re) continue;
    if (!first) out += '|';
    out += r.re;
    first = false;
  }
  return out;
}

function extSource(node, allowDot) {
  const dot = allowDot ?? false;
  const type = node.type;
  const repeated = type === '*' || type === '+';
  let body = alternativesSource(node, dot);
  if (node.isStart() && node.isEnd() && !body && type !== '!') {
    // An extglob that can only match nothing, as a whole part: plain text.
    const s = node.toString();
    node.parts = [s];
    node.type = null;
    node.magic = undefined;
    return { re: s, literal: s, magic: false, uflag: false };
  }
  // A repetition at the start may match dot-led pieces after its first one.
  let dotBody = !repeated || allowDot || dot ? '' : alternativesSource(node, true);
  if (dotBody === body) dotBody = '';
  if (dotBody) body = `(?:${body})(?:${dotBody})*?`;
  let re;
  if (type === '!' && node.emptyExt) {
    re = (node.isStart() && !dot ? NO_DOT : '') + STAR_NO_EMPTY;
  } else {
    let close;
    if (type === '!') {
      close = `))${node.isStart() && !dot && !allowDot ? NO_DOT : ''}${STAR})`;
    } else if (type === '@') {
      close = ')';
    } else if (type === '?') {
      close = ')?';
    } else if (dotBody) {
      close = type === '+' ? ')' : ')?';
    } else {
      close = `)${type}`;
    }
    re = (type === '!' ? '(?:(?!(?:' : '(?:') + body + close;
  }
  return { re, literal: body, magic: true, uflag: node.uflag };
}

// Compile one '/'-free pattern part.
function compilePart(part, nocase) {
  if (part === '**') return GLOBSTAR;
  if (part === '') return '';
  const root = new GlobNode(null, undefined);
  parseInto(part, root, 0);
  const r = sequenceSource(root, undefined);
  if (!r.magic) return r.literal;
  return new RegExp(`^${r.re}$`, (nocase ? 'i' : '') + (r.uflag ? 'u' : ''));
}

// ---------------------------------------------------------------------------------------
// Splitting and simplifying part lists
// ---------------------------------------------------------------------------------------

function splitParts(str, windows) {
  const parts = StringPrototypeSplit(str, /\/+/);
  if (windows && RegExpPrototypeExec(/^\/\/[^/]+/, str) !== null) {
    // '//server/share': keep both leading empties (UNC)
    ArrayPrototypeSplice(parts, 0, 0, '');
  }
  return parts;
}

function isPlainSegment(p) {
  return p && p !== '.' && p !== '..' && p !== '**';
}

// Drop '.' and '' parts inside the list (not the first or last part, and not the second
// empty of a UNC root); fold './.' and './' into '.'. Returns whether anything changed.
function dropEmptyAndDot(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === '' && parts[0] === '') continue;
    if (p === '.' || p === '') {
      changed = true;
      ArrayPrototypeSplice(parts, i, 1);
      i--;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    changed = true;
    ArrayPrototypePop(parts);
  }
  return changed;
}

// 'x/..' (x a name, not '.', '..' or '**') cancels out.
function dropParentRefs(parts, keepDotBeforeGlobstar) {
  let changed = false;
  let dd = 0;
  while ((dd = ArrayPrototypeIndexOf(parts, '..', dd + 1)) !== -1) {
    if (isPlainSegment(parts[dd - 1])) {
      changed = true;
      if (keepDotBeforeGlobstar && dd === 1 && parts[dd + 1] === '**') {
        ArrayPrototypeSplice(parts, dd - 1, 2, '.');
      } else {
        ArrayPrototypeSplice(parts, dd - 1, 2);
      }
      if (parts.length === 0) ArrayPrototypePush(parts, '');
      dd -= 2;
    }
  }
  return changed;
}

// Simplify the raw part lists of a pattern. '**/**' is one '**'; '**/../a/b' may mean
// '../a/b' or '**/a/b', so it becomes both.
function simplifyPatterns(lists) {
  let changed;
  do {
    changed = false;
    for (let li = 0; li < lists.length; li++) {
      const parts = lists[li];
      let gs = -1;
      while ((gs = ArrayPrototypeIndexOf(parts, '**', gs + 1)) !== -1) {
        let last = gs;
        while (parts[last + 1] === '**') last++;
        if (last > gs) ArrayPrototypeSplice(parts, gs + 1, last - gs);
        const next = parts[gs + 1];
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (next !== '..') continue;
        if (!p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') continue;
        changed = true;
        ArrayPrototypeSplice(parts, gs, 1);
        const other = ArrayPrototypeSlice(parts);
        other[gs] = '**';
        ArrayPrototypePush(lists, other);
        gs--;
      }
      if (dropEmptyAndDot(parts)) changed = true;
      if (dropParentRefs(parts, true)) changed = true;
    }
  } while (changed);
  return lists;
}

function simplifyPath(parts) {
  let changed;
  do {
    changed = dropEmptyAndDot(parts);
    if (dropParentRefs(parts, false)) changed = true;
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

// ---------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------

const kDrive = /^[a-z]:$/i;

function isDrivePart(p) {
  return typeof p === 'string' && RegExpPrototypeExec(kDrive, p) !== null;
}

function partMatches(p, f) {
  return typeof p === 'string' ? f === p : RegExpPrototypeExec(p, f) !== null;
}

// Can `file` (path parts from fi) match `pattern` (from pi)? '**' spans any number of
// parts, but never '.', '..' or a part starting with a dot.
function matchParts(file, fi, pattern, pi) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) {
          const rest = file[fi];
          if (rest === '.' || rest === '..' || StringPrototypeCharCodeAt(rest, 0) === 46) return false;
        }
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchParts(file, fr, pattern, pi + 1)) return true;
        const swallowed = file[fr];
        if (swallowed === '.' || swallowed === '..' || StringPrototypeCharCodeAt(swallowed, 0) === 46) break;
      }
      return false;
    }
    if (!partMatches(p, f)) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // The pattern is used up: a trailing slash on the path is fine.
  return fi === fl - 1 && file[fi] === '';
}

function matchOne(file, pattern, windows) {
  if (windows) {
    // 'C:/x', 'c:/x' and '//?/C:/x' are the same place: drive letters compare
    // case-insensitively, and a '//?/' prefix on either side is ignored.
    const fileDrive = isDrivePart(file[0]);
    const fileUnc = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' && isDrivePart(file[3]);
    const patDrive = isDrivePart(pattern[0]);
    const patUnc = !patDrive && pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' &&
      isDrivePart(pattern[3]);
    const fdi = fileUnc ? 3 : fileDrive ? 0 : -1;
    const pdi = patUnc ? 3 : patDrive ? 0 : -1;
    if (fdi !== -1 && pdi !== -1 &&
        StringPrototypeToLowerCase(file[fdi]) === StringPrototypeToLowerCase(pattern[pdi])) {
      pattern = ArrayPrototypeSlice(pattern);
      pattern[pdi] = file[fdi];
      if (pdi > fdi) pattern = ArrayPrototypeSlice(pattern, pdi);
      else if (fdi > pdi) file = ArrayPrototypeSlice(file, fdi);
    }
  }
  return matchParts(simplifyPath(ArrayPrototypeSlice(file)), 0, pattern, 0);
}

function hasGlobMagic(part) {
  return part !== undefined && RegExpPrototypeExec(/[?*]|[+@!]\(.*?\)|\[|\]/, part) !== null;
}

class Matcher {
  constructor(pattern, windows, nocase) {
    this.windows = windows;
    this.empty = pattern === '';
    this.set = [];
    if (this.empty) return;
    pattern = StringPrototypeReplace(pattern, /\\/g, '/');
    const expanded = expandBraces(pattern);
    const lists = [];
    for (let i = 0; i < expanded.length; i++) ArrayPrototypePush(lists, splitParts(expanded[i], windows));
    simplifyPatterns(lists);
    for (let i = 0; i < lists.length; i++) {
      const raw = lists[i];
      if (raw.length === 0) continue;
      // With case-insensitive Windows matching, a drive or UNC root is taken literally.
      let literalRoot = 0;
      if (windows && nocase) {
        if (raw[0] === '' && raw[1] === '' &&
            (raw[2] === '?' || !hasGlobMagic(raw[2])) && !hasGlobMagic(raw[3])) {
          literalRoot = 4;
        } else if (RegExpPrototypeExec(/^[a-z]:/i, raw[0]) !== null) {
          literalRoot = 1;
        }
      }
      const compiled = [];
      for (let k = 0; k < raw.length; k++) {
        ArrayPrototypePush(compiled, k < literalRoot ? raw[k] : compilePart(raw[k], nocase));
      }
      // '//?/C:/...': the '?' is the literal namespace marker, not a wildcard.
      if (windows && compiled[0] === '' && compiled[1] === '' && raw[2] === '?' && isDrivePart(compiled[3])) {
        compiled[2] = '?';
      }
      ArrayPrototypePush(this.set, compiled);
    }
  }

  match(path) {
    if (this.empty) return path === '';
    if (this.windows) path = StringPrototypeReplace(path, /\\/g, '/');
    const file = splitParts(path, this.windows);
    for (let i = 0; i < this.set.length; i++) {
      if (matchOne(file, this.set[i], this.windows)) return true;
    }
    return false;
  }
}

const kCacheLimit = 100;
const cache = new SafeMap();

function matchGlobPattern(path, pattern, windows) {
  const key = `${windows ? 'win32' : 'posix'}:${pattern}`;
  let matcher = cache.get(key);
  if (matcher === undefined) {
    if (pattern.length > kMaxPatternLength) throw new TypeError('pattern is too long');
    const nocase = process.platform === 'win32' || process.platform === 'darwin';
    matcher = new Matcher(pattern, windows, nocase);
    cache.set(key, matcher);
    if (cache.size > kCacheLimit) cache.delete(cache.keys().next().value);
  }
  return matcher.match(path);
}

module.exports = {
  matchGlobPattern,
};
