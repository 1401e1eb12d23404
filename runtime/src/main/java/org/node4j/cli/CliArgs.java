package org.node4j.cli;

import java.util.ArrayList;
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
      "--allow-fs-read", "--allow-fs-write");

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
      "--allow-wasi");

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
  final List<String> javaClasspath = new ArrayList<>();

  /** Thrown for a bad command line; message is Node's, exit code 9. */
  static final class BadOption extends Exception {
    BadOption(String message) {
      super(message);
    }
  }

  static CliArgs parse(String[] args) throws BadOption {
    CliArgs a = new CliArgs();
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
            continue;
          }
          if (!KNOWN.contains(name)) throw new BadOption("bad option: " + arg);
        }
      }
      a.execArgv.add(arg);
    }
    if (a.mainKind == MainKind.NONE && i < args.length) {
      a.mainKind = MainKind.FILE;
      a.main = args[i++];
    }
    for (; i < args.length; i++) a.scriptArgs.add(args[i]);
    return a;
  }

  private void applyValue(String name, String value) throws BadOption {
    switch (name) {
      case "-r", "--require" -> preload.add(value);
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
