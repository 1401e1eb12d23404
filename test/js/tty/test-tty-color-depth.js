'use strict';
// WriteStream.prototype.getColorDepth(env): Node's rules for FORCE_COLOR, NO_COLOR,
// NODE_DISABLE_COLORS, TERM, COLORTERM, TMUX, CI services, TeamCity and terminal programs
// (expectations recorded from Node 24). It reads only env, so it works without a terminal.
require('../../common');
const assert = require('assert');
const tty = require('tty');

const cases = [[{},1],[{"TERM":"dumb"},1],[{"TERM":"xterm"},4],[{"TERM":"xterm-256color"},8],[{"TERM":"screen"},4],[{"TERM":"linux"},4],[{"TERM":"vt100"},4],[{"TERM":"unknown-term"},1],[{"TERM":"xterm-kitty"},24],[{"TERM":"mosh"},24],[{"TERM":"Konsole"},4],[{"TERM":"rxvt-unicode"},4],[{"TERM":"ansi"},4],[{"TERM":"con80x25"},4],[{"COLORTERM":"truecolor"},24],[{"COLORTERM":"24bit","TERM":"xterm"},24],[{"COLORTERM":"yes"},4],[{"NO_COLOR":""},1],[{"NO_COLOR":"1","TERM":"xterm-256color"},1],[{"NODE_DISABLE_COLORS":"1","TERM":"xterm"},1],[{"FORCE_COLOR":""},4],[{"FORCE_COLOR":"1"},4],[{"FORCE_COLOR":"true"},4],[{"FORCE_COLOR":"2"},8],[{"FORCE_COLOR":"3"},24],[{"FORCE_COLOR":"0","TERM":"xterm"},1],[{"FORCE_COLOR":"false"},1],[{"FORCE_COLOR":"yes"},1],[{"FORCE_COLOR":"3","TERM":"dumb"},24],[{"TMUX":"1"},24],[{"CI":"1"},1],[{"CI":"1","GITHUB_ACTIONS":"true"},24],[{"CI":"1","TRAVIS":"1"},8],[{"CI":"true","CI_NAME":"codeship"},8],[{"TEAMCITY_VERSION":"9.1.0"},4],[{"TEAMCITY_VERSION":"8.0"},1],[{"TEAMCITY_VERSION":"2020.1"},4],[{"TERM_PROGRAM":"iTerm.app"},8],[{"TERM_PROGRAM":"iTerm.app","TERM_PROGRAM_VERSION":"3.4"},24],[{"TERM_PROGRAM":"iTerm.app","TERM_PROGRAM_VERSION":"2.9"},8],[{"TERM_PROGRAM":"Apple_Terminal"},8],[{"TERM_PROGRAM":"HyperTerm"},24],[{"TERM_PROGRAM":"MacTerm"},24],[{"TERM":"xterm","TMUX":""},4]];

const getColorDepth = tty.WriteStream.prototype.getColorDepth;
for (const [env, depth] of cases) {
  assert.strictEqual(getColorDepth.call({}, env), depth, JSON.stringify(env));
}
