'use strict';
// Top-level await in the REPL. A script cannot contain `await`, so input that fails to compile
// for that reason is rewritten as an async arrow function called at once:
//   const { a } = await p; a + 1   →   let a; (async () => { void (({ a } = await p)); return { value: (a + 1) }; })()
// Declarations at the top level become assignments to bindings declared in front of the
// function (let/const as let, var and functions as var, classes as let), so they outlive the
// call as the user expects; the last expression statement's value is returned wrapped, so a
// promise value is not awaited twice. A light tokenizer (no full parser) finds the top-level
// statements; when its guess does not compile the REPL reports the original error.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeSlice,
  StringPrototypeTrim,
} = primordials;

const keywordsBeforeRegex = new SafeSet(['return', 'typeof', 'instanceof', 'in', 'of', 'new',
  'delete', 'void', 'throw', 'case', 'do', 'else', 'await', 'yield']);
const statementKeywords = new SafeSet(['var', 'let', 'const', 'function', 'class', 'if', 'for',
  'while', 'do', 'try', 'switch', 'return', 'throw', 'break', 'continue', 'import', 'export',
  'debugger', 'with']);

// Tokens: { type: 'name'|'punct'|'string'|'template'|'regex'|'number', value, start, end, nl }
// (nl: a line break came before it). Comments are skipped.
function tokenize(code) {
  const tokens = [];
  const templateDepth = []; // brace depth at which each open `${` resumes its template
  let depth = 0;
  let i = 0;
  let nl = false;
  const n = code.length;
  const prevAllowsRegex = () => {
    const t = tokens[tokens.length - 1];
    if (t === undefined) return true;
    if (t.type === 'punct') return t.value !== ')' && t.value !== ']' && t.value !== '}';
    if (t.type === 'name') return keywordsBeforeRegex.has(t.value);
    return false;
  };
  const readTemplate = (start) => {
    // From just after ` or }: to the closing ` (returns end) or to ${ (pushes, returns -end).
    let j = start;
    while (j < n) {
      const c = code[j];
      if (c === '\\') { j += 2; continue; }
      if (c === '`') return j + 1;
      if (c === '$' && code[j + 1] === '{') return -(j + 2);
      j++;
    }
    throw new SyntaxError('unterminated template');
  };
  while (i < n) {
    const c = code[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') { nl = true; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\u00a0' || c === '\ufeff') { i++; continue; }
    if (c === '/' && code[i + 1] === '/') {
      while (i < n && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) throw new SyntaxError('unterminated comment');
      if (RegExpPrototypeExec(/[\n\r]/, StringPrototypeSlice(code, i, end)) !== null) nl = true;
      i = end + 2;
      continue;
    }
    const start = i;
    let type;
    if (c === '"' || c === '\'') {
      i++;
      while (i < n && code[i] !== c) {
        if (code[i] === '\\') i++;
        else if (code[i] === '\n') throw new SyntaxError('unterminated string');
        i++;
      }
      if (i >= n) throw new SyntaxError('unterminated string');
      i++;
      type = 'string';
    } else if (c === '`' || (c === '}' && templateDepth.length > 0 &&
                             templateDepth[templateDepth.length - 1] === depth)) {
      if (c === '}') templateDepth.pop();
      const end = readTemplate(i + 1);
      if (end < 0) {
        templateDepth.push(depth);
        i = -end;
      } else {
        i = end;
      }
      type = 'template';
    } else if (RegExpPrototypeExec(/[A-Za-z_$\u0080-\uffff\\#]/, c) !== null) {
      i++;
      while (i < n && RegExpPrototypeExec(/[\w$\u0080-\uffff\\]/, code[i]) !== null) i++;
      type = 'name';
    } else if (RegExpPrototypeExec(/[0-9]/, c) !== null || (c === '.' && RegExpPrototypeExec(/[0-9]/, code[i + 1] ?? '') !== null)) {
      i++;
      while (i < n && RegExpPrototypeExec(/[\w.]/, code[i]) !== null) i++;
      type = 'number';
    } else if (c === '/' && prevAllowsRegex()) {
      i++;
      let inClass = false;
      while (i < n && (inClass || code[i] !== '/')) {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        else if (code[i] === '\n') throw new SyntaxError('unterminated regex');
        i++;
      }
      i++;
      while (i < n && RegExpPrototypeExec(/[a-z]/, code[i]) !== null) i++;
      type = 'regex';
    } else {
      const three = StringPrototypeSlice(code, i, i + 4);
      const m = RegExpPrototypeExec(/^(?:>>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|&&=|\|\|=|\?\?=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|\+=|-=|\*=|\/=|%=|&=|\|=|\^=|<<|>>|\*\*|.)/s, three);
      i += m[0].length;
      type = 'punct';
      if (m[0] === '{' || m[0] === '(' || m[0] === '[') depth++;
      else if (m[0] === '}' || m[0] === ')' || m[0] === ']') depth--;
    }
    ArrayPrototypePush(tokens, { type, value: StringPrototypeSlice(code, start, i), start, end: i, nl });
    nl = false;
  }
  return tokens;
}

// Does `await` appear outside every function? Functions are bodies opened by `{` after
// `=>`, after the parameter list of `function`, of a method, or of an accessor.
function hasTopLevelAwait(tokens) {
  const stack = []; // for each open bracket: is it a function body?
  let inFunction = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'name' && t.value === 'await' && inFunction === 0) return true;
    if (t.type !== 'punct') continue;
    if (t.value === '{' || t.value === '(' || t.value === '[') {
      const fn = t.value === '{' && opensFunctionBody(tokens, k);
      ArrayPrototypePush(stack, fn);
      if (fn) inFunction++;
    } else if (t.value === '}' || t.value === ')' || t.value === ']') {
      if (stack.pop()) inFunction--;
    } else if (t.value === '=>' && tokens[k + 1]?.value !== '{' && inFunction === 0) {
      // A concise arrow body: whatever follows up to the end of the expression is its own.
      // An `await` there needs an async arrow and compiles without help: skip to the end.
      let d = 0;
      let j = k + 1;
      for (; j < tokens.length; j++) {
        const v = tokens[j].value;
        if (tokens[j].type === 'punct') {
          if (v === '(' || v === '[' || v === '{') d++;
          else if (v === ')' || v === ']' || v === '}') { if (d === 0) break; d--; } else if ((v === ',' || v === ';') && d === 0) break;
        }
      }
      k = j - 1;
    }
  }
  return false;
}

const blockKeywords = new SafeSet(['if', 'for', 'while', 'switch', 'catch', 'with']);

function opensFunctionBody(tokens, k) {
  const prev = tokens[k - 1];
  if (prev === undefined) return false;
  if (prev.value === '=>') return true;
  if (prev.value !== ')') return false;
  // Find the matching '(' and look at what names the group.
  let d = 0;
  let j = k - 1;
  for (; j >= 0; j--) {
    const v = tokens[j].value;
    if (tokens[j].type !== 'punct') continue;
    if (v === ')') d++;
    else if (v === '(' && --d === 0) break;
  }
  const before = tokens[j - 1];
  if (before === undefined) return false;
  return !(before.type === 'name' && blockKeywords.has(before.value));
}

// Names bound by a declaration target (identifier, or object/array pattern) in tokens[from, to).
function boundNames(tokens, from, to, out) {
  let d = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.type === 'punct') {
      if (t.value === '{' || t.value === '[' || t.value === '(') d++;
      else if (t.value === '}' || t.value === ']' || t.value === ')') d--;
      else if (t.value === '=') {
        // a default value: skip to the next , or closing bracket of this level
        let e = 0;
        for (k++; k < to; k++) {
          const v = tokens[k].value;
          if (tokens[k].type !== 'punct') continue;
          if (v === '{' || v === '[' || v === '(') e++;
          else if (v === '}' || v === ']' || v === ')') { if (e === 0) { k--; break; } e--; } else if (v === ',' && e === 0) { k--; break; }
        }
      }
      continue;
    }
    if (t.type !== 'name') continue;
    const next = tokens[k + 1];
    // `key: target` in an object pattern names the target, not the key
    if (next !== undefined && next.value === ':' && d > 0) continue;
    ArrayPrototypePush(out, t.value);
  }
}

// Index of the token that ends the statement starting at `from` (exclusive), at bracket depth 0.
function statementEnd(tokens, from) {
  let d = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > from && d === 0 && t.nl && startsStatement(tokens, k)) return k;
    if (t.type !== 'punct') continue;
    if (t.value === '{' || t.value === '(' || t.value === '[') d++;
    else if (t.value === '}' || t.value === ')' || t.value === ']') d--;
    else if (t.value === ';' && d === 0) return k;
  }
  return tokens.length;
}

// After a line break, does this token clearly begin a new statement (ASI)?
function startsStatement(tokens, k) {
  const prev = tokens[k - 1];
  const t = tokens[k];
  if (prev.type === 'punct' && prev.value !== ')' && prev.value !== ']' && prev.value !== '}' &&
      prev.value !== '++' && prev.value !== '--') return false;
  if (t.type === 'punct') return t.value === '{' || t.value === '++' || t.value === '--' || t.value === '!';
  return t.type === 'name' || t.type === 'string' || t.type === 'number' || t.type === 'template';
}

// The rewritten source, or null when the input has no top-level await to rewrite.
function processTopLevelAwait(code) {
  let tokens;
  try {
    tokens = tokenize(code);
  } catch {
    return null;
  }
  if (!hasTopLevelAwait(tokens)) return null;
  const hoisted = [];
  const parts = [];
  let pos = 0; // copied from code up to here
  let lastExpr = null; // [start, end) of the last statement if it is an expression
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (t.type === 'punct' && t.value === ';') { k++; continue; }
    const first = t.value;
    if (t.type === 'name' && (first === 'var' || first === 'let' || first === 'const') &&
        tokens[k + 1] !== undefined && (tokens[k + 1].type === 'name' || tokens[k + 1].value === '{' || tokens[k + 1].value === '[')) {
      const end = statementEnd(tokens, k);
      ArrayPrototypePush(parts, StringPrototypeSlice(code, pos, t.start));
      // split the declarators at depth-0 commas
      const declarators = [];
      let d = 0;
      let s = k + 1;
      for (let j = k + 1; j <= end; j++) {
        const v = j < end ? tokens[j].value : ',';
        if (j < end && tokens[j].type !== 'punct') continue;
        if (v === '{' || v === '(' || v === '[') d++;
        else if (v === '}' || v === ')' || v === ']') d--;
        else if (v === ',' && d === 0) {
          ArrayPrototypePush(declarators, [s, j]);
          s = j + 1;
        }
      }
      const assigns = [];
      const names = [];
      for (let q = 0; q < declarators.length; q++) {
        const [a, b] = declarators[q];
        let eq = -1;
        let e = 0;
        for (let j = a; j < b; j++) {
          const v = tokens[j].value;
          if (tokens[j].type !== 'punct') continue;
          if (v === '{' || v === '(' || v === '[') e++;
          else if (v === '}' || v === ')' || v === ']') e--;
          else if (v === '=' && e === 0) { eq = j; break; }
        }
        boundNames(tokens, a, eq === -1 ? b : eq, names);
        const lastTok = tokens[b - 1];
        const text = StringPrototypeSlice(code, tokens[a].start, lastTok.end);
        ArrayPrototypePush(assigns, eq === -1 ? `(${text} = undefined)` : `(${text})`);
      }
      ArrayPrototypePush(hoisted, `${first === 'var' ? 'var' : 'let'} ${ArrayPrototypeJoin(names, ', ')}; `);
      ArrayPrototypePush(parts, `void (${ArrayPrototypeJoin(assigns, ', ')})`);
      pos = tokens[end - 1].end;
      lastExpr = null;
      k = end;
      continue;
    }
    if (t.type === 'name' && (first === 'function' || (first === 'async' && tokens[k + 1]?.value === 'function' && !tokens[k + 1].nl)) ||
        (t.type === 'name' && first === 'class')) {
      const isClass = first === 'class';
      let j = k + (first === 'async' ? 2 : 1);
      if (tokens[j]?.value === '*') j++;
      const name = tokens[j];
      // find the body's closing brace
      let d = 0;
      let end = j;
      let opened = false;
      for (; end < tokens.length; end++) {
        const v = tokens[end].value;
        if (tokens[end].type !== 'punct') continue;
        if (v === '{' || v === '(' || v === '[') { d++; if (v === '{' && d === 1) opened = true; } else if (v === '}' || v === ')' || v === ']') {
          d--;
          if (d === 0 && v === '}' && opened) break;
        }
      }
      if (name !== undefined && name.type === 'name' && (isClass || tokens[j + 1]?.value === '(')) {
        ArrayPrototypePush(parts, StringPrototypeSlice(code, pos, t.start));
        ArrayPrototypePush(hoisted, `${isClass ? 'let' : 'var'} ${name.value}; `);
        ArrayPrototypePush(parts, `${name.value} = `);
        pos = t.start;
        lastExpr = null;
        k = end + 1;
        ArrayPrototypePush(parts, StringPrototypeSlice(code, pos, tokens[end]?.end ?? code.length), ';');
        pos = tokens[end]?.end ?? code.length;
        continue;
      }
    }
    const end = statementEnd(tokens, k);
    if (t.type === 'punct' && t.value === '{') {
      // a block statement at the top level: its value is not the REPL's result
      let d = 0;
      let j = k;
      for (; j < tokens.length; j++) {
        const v = tokens[j].value;
        if (tokens[j].type !== 'punct') continue;
        if (v === '{' || v === '(' || v === '[') d++;
        else if ((v === '}' || v === ')' || v === ']') && --d === 0) break;
      }
      lastExpr = null;
      k = j + 1;
      continue;
    }
    const startsWithKeyword = t.type === 'name' && statementKeywords.has(first);
    lastExpr = startsWithKeyword ? null : [t.start, tokens[end - 1].end];
    if (startsWithKeyword) {
      // control statements with a block body end at that block, not at a `;` inside it
      k = skipControl(tokens, k, end);
      continue;
    }
    k = end;
  }
  let body;
  if (lastExpr !== null && lastExpr[0] >= pos) {
    const [a, b] = lastExpr;
    body = ArrayPrototypeJoin(parts, '') + StringPrototypeSlice(code, pos, a) +
      `return { value: (${StringPrototypeSlice(code, a, b)}) };` + StringPrototypeSlice(code, b);
  } else {
    body = ArrayPrototypeJoin(parts, '') + StringPrototypeSlice(code, pos);
  }
  if (StringPrototypeTrim(body) === '') return null;
  return `${ArrayPrototypeJoin(hoisted, '')}(async () => { ${body}\n})()`;
}

// The token after a control statement (if/for/while/try/switch) that starts at k.
function skipControl(tokens, k, fallbackEnd) {
  const kw = tokens[k].value;
  if (kw !== 'if' && kw !== 'for' && kw !== 'while' && kw !== 'try' && kw !== 'switch' && kw !== 'do') return fallbackEnd;
  let j = k + 1;
  const skipGroup = () => {
    let d = 0;
    for (; j < tokens.length; j++) {
      const v = tokens[j].value;
      if (tokens[j].type !== 'punct') continue;
      if (v === '{' || v === '(' || v === '[') d++;
      else if ((v === '}' || v === ')' || v === ']') && --d === 0) { j++; return; }
    }
  };
  const skipBody = () => {
    if (tokens[j]?.value === '{') skipGroup();
    else j = statementEnd(tokens, j) + 1;
  };
  if (kw === 'try') {
    skipGroup();
    while (tokens[j]?.value === 'catch' || tokens[j]?.value === 'finally') {
      j++;
      if (tokens[j]?.value === '(') skipGroup();
      skipGroup();
    }
    return j;
  }
  if (kw === 'do') {
    skipBody();
    return statementEnd(tokens, j);
  }
  if (kw === 'for' && tokens[j]?.value === 'await') j++;
  skipGroup(); // (condition)
  if (kw === 'switch') { skipGroup(); return j; }
  skipBody();
  while (kw === 'if' && tokens[j]?.value === 'else') {
    j++;
    if (tokens[j]?.value === 'if') {
      j++;
      skipGroup();
    }
    skipBody();
  }
  return j;
}

// Names that top-level let/const/class declarations in `code` bind (they are not properties
// of the global object, so completion learns them here).
function declaredNames(code) {
  let tokens;
  try {
    tokens = tokenize(code);
  } catch {
    return [];
  }
  const out = [];
  let d = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'punct') {
      if (t.value === '{' || t.value === '(' || t.value === '[') d++;
      else if (t.value === '}' || t.value === ')' || t.value === ']') d--;
      continue;
    }
    if (d !== 0 || t.type !== 'name') continue;
    if (t.value === 'class' && tokens[k + 1]?.type === 'name') {
      ArrayPrototypePush(out, tokens[k + 1].value);
    } else if ((t.value === 'let' || t.value === 'const') && tokens[k + 1] !== undefined) {
      const end = statementEnd(tokens, k);
      // each declarator's target runs to its `=` or `,` at depth 0
      let e = 0;
      let s = k + 1;
      for (let j = k + 1; j <= end; j++) {
        const v = j < end ? tokens[j].value : ',';
        if (j < end && tokens[j].type !== 'punct') continue;
        if (v === '{' || v === '(' || v === '[') e++;
        else if (v === '}' || v === ')' || v === ']') e--;
        else if (e === 0 && (v === '=' || v === ',')) {
          if (s !== -1) boundNames(tokens, s, j, out);
          s = v === ',' ? j + 1 : -1;
        }
      }
      k = end;
    }
  }
  return out;
}

module.exports = { declaredNames, processTopLevelAwait, tokenize };
