package org.node4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.node4j.runtime.RuntimeOptions.MainKind;

/**
 * Node's command line: {@code node [options] [script.js | -e "script" | -] [--] [arguments]}.
 * Options before the script are node's (execArgv); everything after belongs to the script.
 */
final class CliArgs {
  /** Flags that take the next argument as their value (unless given as --flag=value). */
  private static final Set<String> WITH_VALUE = Set.of(
      "-r", "--require", "--import", "--conditions", "-C", "--input-type", "--stack-trace-limit",
      "--unhandled-rejections", "--title", "--env-file", "--env-file-if-exists", "--max-old-space-size",
      "--watch-path", "--test-reporter", "--test-name-pattern", "--loader", "--experimental-loader",
      "--java-classpath", "--test-reporter-destination", "--test-skip-pattern", "--test-concurrency",
      "--test-timeout", "--test-isolation", "--test-shard", "--test-coverage-include", "--test-coverage-exclude",
      "--test-coverage-branches", "--test-coverage-functions", "--test-coverage-lines", "--test-global-setup",
      "--allow-fs-read", "--allow-fs-write", "--run");

  /** Flags accepted and honoured (or harmless) today; any other flag is Node's "bad option". */
  private static final Set<String> KNOWN = Set.of(
      "--no-warnings", "--trace-warnings", "--no-deprecation", "--trace-deprecation",
      "--throw-deprecation", "--pending-deprecation", "--trace-uncaught", "--enable-source-maps",
      "--preserve-symlinks", "--preserve-symlinks-main", "--expose-gc", "--no-experimental-fetch",
      "--experimental-strip-types", "--no-experimental-strip-types", "--experimental-transform-types",
      "--experimental-vm-modules",
      "--experimental-detect-module", "--no-experimental-detect-module", "--experimental-require-module",
      "--no-experimental-require-module", "--abort-on-uncaught-exception", "--jitless",
      "--frozen-intrinsics", "--disable-proto", "--zero-fill-buffers", "--no-addons",
      "--experimental-default-type", "--test-only", "--test-update-snapshots", "--test-force-exit",
      "--experimental-test-coverage", "--experimental-test-module-mocks", "--experimental-test-isolation",
      "--experimental-test-snapshots", "--permission", "--allow-child-process", "--allow-worker", "--allow-addons",
      "--allow-wasi", "--watch", "--watch-preserve-output");

  /** Flags that NODE_OPTIONS may not carry (Node's "X is not allowed in NODE_OPTIONS"). */
  private static final Set<String> NOT_IN_NODE_OPTIONS = Set.of(
      "-e", "--eval", "-p", "--print", "-pe", "-c", "--check", "-i", "--interactive", "-v", "--version",
      "-h", "--help", "--run", "--java", "--java-classpath", "-", "--");

  /** The debugger flags: node4j has no inspector, and says so instead of ignoring them. */
  private static final Set<String> INSPECT = Set.of(
      "--inspect", "--inspect-brk", "--inspect-wait", "--inspect-port", "--debug-port", "--inspect-publish-uid");

  MainKind mainKind = MainKind.NONE;
  String main;
  boolean version;
  boolean help;
  boolean interactive;
  boolean check;
  boolean test; // --test: the arguments are test file patterns
  int stackTraceLimit = 10;
  final List<String> execArgv = new ArrayList<>();
  final List<String> scriptArgs = new ArrayList<>();
  final List<String> preload = new ArrayList<>();
  boolean java;
  /** --run's script name (package.json "scripts"), or null. */
  String run;
  final List<String> envFiles = new ArrayList<>();
  final List<String> watchPaths = new ArrayList<>();
  final List<String> javaClasspath = new ArrayList<>();

  /** Thrown for a bad command line; message is Node's, exit code 9. */
  static final class BadOption extends Exception {
    BadOption(String message) {
      super(message);
    }
  }

  static CliArgs parse(String[] args) throws BadOption {
    return parse(args, List.of());
  }

  /** The command line, after NODE_OPTIONS' flags (which it can override). */
  static CliArgs parse(String[] args, List<String> nodeOptions) throws BadOption {
    CliArgs a = new CliArgs();
    a.applyNodeOptions(nodeOptions);
    int i = 0;
    for (; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        i++;
        break;
      }
      if (arg.equals("-")) {
        a.mainKind = MainKind.STDIN;
        a.main = "-"; // Node keeps an explicit "-" in process.argv
        i++;
        break;
      }
      if (!arg.startsWith("-") || arg.length() == 1) break;
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "-v", "--version" -> a.version = true;
        case "-h", "--help" -> a.help = true;
        case "-i", "--interactive" -> a.interactive = true;
        case "-c", "--check" -> a.check = true;
        case "--java" -> a.java = true;
        case "--test" -> a.test = true;
        case "-e", "--eval", "-p", "--print", "-pe" -> {
          boolean print = name.equals("-p") || name.equals("--print") || name.equals("-pe");
          if (value == null) {
            if (i + 1 >= args.length) throw new BadOption(arg + " requires an argument");
            value = args[++i];
          }
          a.mainKind = print ? MainKind.PRINT : MainKind.EVAL;
          a.main = value;
          a.execArgv.add(arg);
          if (arg.indexOf('=') < 0) a.execArgv.add(value);
          continue;
        }
        default -> {
          if (INSPECT.contains(name)) throw inspectUnsupported(name);
          if (WITH_VALUE.contains(name)) {
            if (value == null) {
              if (i + 1 >= args.length) throw new BadOption(arg + " requires an argument");
              value = args[++i];
              a.execArgv.add(arg);
              a.execArgv.add(value);
            } else {
              a.execArgv.add(arg);
            }
            a.applyValue(name, value);
            // --run <name> -- args: only what follows "--" goes to the package.json script
            if (name.equals("--run")) {
              int dash = Arrays.asList(args).subList(i + 1, args.length).indexOf("--");
              if (dash >= 0) a.scriptArgs.addAll(Arrays.asList(args).subList(i + 2 + dash, args.length));
              return a;
            }
            continue;
          }
          if (!KNOWN.contains(name)) throw new BadOption("bad option: " + arg);
        }
      }
      a.execArgv.add(arg);
    }
    if (a.check && (a.mainKind == MainKind.EVAL || a.mainKind == MainKind.PRINT)) {
      throw new BadOption("either --check or --eval can be used, not both");
    }
    if (a.mainKind == MainKind.NONE && i < args.length) {
      a.mainKind = MainKind.FILE;
      a.main = args[i++];
    }
    for (; i < args.length; i++) a.scriptArgs.add(args[i]);
    return a;
  }

  /**
   * Applies NODE_OPTIONS (split as Node splits it): node's own flags only, applied before the
   * command line's, and not shown in process.execArgv.
   */
  private void applyNodeOptions(List<String> tokens) throws BadOption {
    for (int i = 0; i < tokens.size(); i++) {
      String arg = tokens.get(i);
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      if (NOT_IN_NODE_OPTIONS.contains(name) || !(KNOWN.contains(name) || WITH_VALUE.contains(name) || INSPECT.contains(name))) {
        throw new BadOption(name + " is not allowed in NODE_OPTIONS");
      }
      if (INSPECT.contains(name)) throw inspectUnsupported(name);
      if (WITH_VALUE.contains(name)) {
        String value = eq > 0 && arg.startsWith("--") ? arg.substring(eq + 1) : null;
        if (value == null) {
          if (i + 1 >= tokens.size()) throw new BadOption(arg + " requires an argument");
          value = tokens.get(++i);
        }
        applyValue(name, value);
      }
    }
  }

  /** Node's NODE_OPTIONS splitting: spaces separate, double quotes group, backslash escapes in quotes. */
  static List<String> splitNodeOptions(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    StringBuilder cur = new StringBuilder();
    boolean inQuotes = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes && c == '\\' && i + 1 < text.length()) {
        cur.append(text.charAt(++i));
      } else if (c == '"') {
        inQuotes = !inQuotes;
        any = true;
      } else if (c == ' ' && !inQuotes) {
        if (any) out.add(cur.toString());
        cur.setLength(0);
        any = false;
      } else {
        cur.append(c);
        any = true;
      }
    }
    if (any) out.add(cur.toString());
    return out;
  }

  static BadOption inspectUnsupported(String flag) {
    return new BadOption(flag + " is not supported by node4j: there is no inspector to attach a debugger to"
        + " (ERR_NODE4J_UNSUPPORTED)");
  }

  private void applyValue(String name, String value) throws BadOption {
    switch (name) {
      case "-r", "--require" -> preload.add(value);
      case "--env-file" -> envFiles.add(value);
      case "--run" -> run = value;
      case "--watch-path" -> watchPaths.add(value);
      case "--java-classpath" -> {
        java = true;
        for (String entry : value.split(":")) if (!entry.isEmpty()) javaClasspath.add(entry);
      }
      case "--stack-trace-limit" -> {
        try {
          stackTraceLimit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw new BadOption("--stack-trace-limit= requires a number");
        }
      }
      case "--unhandled-rejections" -> {
        if (!Set.of("throw", "strict", "warn", "none", "warn-with-error-code").contains(value)) {
          throw new BadOption("invalid value for --unhandled-rejections");
        }
      }
      default -> { }
    }
  }
}
