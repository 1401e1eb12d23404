'use strict';
// --check / -c: compile the script (a file, or stdin) without running it. A syntax error is
// reported as an uncaught exception (exit 1); a clean file exits 0.

function checkSyntax(filename) {
  let source;
  if (filename === null) {
    source = internalBinding('fs').readStdin({}) ?? '';
    filename = '[stdin]';
    require('internal/process/execution').registerEvalSource(filename, source);
  } else {
    source = require('fs').readFileSync(filename, 'utf8');
  }
  const { StringPrototypeEndsWith, StringPrototypeStartsWith } = primordials;
  const isModule = StringPrototypeEndsWith(filename, '.mjs') ||
    (StringPrototypeEndsWith(filename, '.js') &&
     require('internal/modules/package_json_reader').getPackageScopeConfig(filename)?.type === 'module');
  if (isModule) {
    // an ES module parses as one; GraalJS checks that when the module source is parsed
    internalBinding('contextify').checkModule(source, filename);
    return;
  }
  if (StringPrototypeStartsWith(source, '#!')) source = `//${source.slice(2)}`;
  require('internal/modules/cjs/loader').wrapSafe(filename, source);
}

module.exports = { checkSyntax };
