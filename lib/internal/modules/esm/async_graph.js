'use strict';
// Whether an ES module graph has top-level await, read from the sources before anything runs,
// so require(esm) refuses such a graph up front as Node does (GraalJS can tell only by
// starting to evaluate it). Conservative: an `await` counts only at the outermost level of
// a module (not inside any brackets, nor after a `=>` in the same statement), so the answer
// "yes" is certain; awaits it cannot place are found by the evaluation as before.

const { SafeMap, SafeSet, StringPrototypeIncludes } = primordials;

// path -> { await: boolean, imports: [specifier] }
const scanned = new SafeMap();

function scan(source) {
  const { tokenize } = require('internal/modules/esm/cjs_lexer');
  const tokens = tokenize(source);
  const imports = [];
  let topLevelAwait = false;
  let depth = 0;
  let arrow = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct') {
      const v = t.value;
      if (v === '(' || v === '[' || v === '{') depth++;
      else if (v === ')' || v === ']' || v === '}') {
        depth--;
        if (depth === 0 && v === '}') arrow = false;
      } else if (depth === 0 && v === ';') arrow = false;
      else if (depth === 0 && v === '=>') arrow = true;
      continue;
    }
    if (t.type !== 'ident' || depth !== 0) continue;
    const prev = tokens[i - 1];
    if (prev !== undefined && prev.type === 'punct' && prev.value === '.') continue;
    if (t.value === 'await' && !arrow) topLevelAwait = true;
    // static imports: `import 'x'`, `… from 'x'`
    const next = tokens[i + 1];
    if ((t.value === 'import' || t.value === 'from') && next !== undefined && next.type === 'string' &&
        next.value !== undefined) {
      imports[imports.length] = next.value;
    }
  }
  return { await: topLevelAwait, imports };
}

// Whether the ES module at `filename` or one it imports statically has top-level await.
function hasTopLevelAwait(filename) {
  const { resolve, formatOf } = require('internal/modules/esm/resolve');
  const seen = new SafeSet();
  const stack = [filename];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    let info = scanned.get(file);
    if (info === undefined) {
      let source;
      try {
        source = require('internal/modules/cjs/loader').readSource(file, 'module');
      } catch {
        continue;
      }
      const ambiguous = file !== filename && formatOf(file) === undefined;
      // a .js file no "type" claims counts only when it has module syntax (`await` may be a
      // variable's name in CommonJS)
      if (ambiguous && !require('internal/modules/esm/cjs_lexer').parse(source).hasModuleSyntax) {
        info = { await: false, imports: [] };
      } else {
        info = StringPrototypeIncludes(source, 'await') || StringPrototypeIncludes(source, 'import') ?
          scan(source) : { await: false, imports: [] };
      }
      scanned.set(file, info);
    }
    if (info.await) return true;
    for (let i = 0; i < info.imports.length; i++) {
      let r;
      try {
        r = resolve(info.imports[i], file);
      } catch {
        continue; // the evaluation reports it
      }
      if (r.path === undefined) continue;
      let format;
      try {
        format = formatOf(r.path);
      } catch {
        continue;
      }
      if (format === 'module' || format === undefined) stack[stack.length] = r.path;
    }
  }
  return false;
}

module.exports = { hasTopLevelAwait };
