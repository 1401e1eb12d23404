package org.node4j.pm.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.json.JsonException;

/**
 * Entry point of bin/npm4j. Parses npm-style arguments (flags anywhere, "--" ends them), runs
 * the command and prints failures the way npm does ("npm error code X" lines, exit 1).
 */
public final class Main {
  private Main() {}

  public static final String VERSION = "0.1.0";

  public static void main(String[] args) {
    int code = run(args, Path.of("").toAbsolutePath(), System.getenv(), System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** Parsed command line: positional words, config flags, and words after "--". */
  public record Args(List<String> words, Map<String, String> flags, List<String> rest) {}

  private static final Map<String, String> SHORT = Map.ofEntries(
      Map.entry("-D", "save-dev"), Map.entry("-O", "save-optional"), Map.entry("-E", "save-exact"),
      Map.entry("-P", "save-prod"), Map.entry("-S", "save"), Map.entry("-y", "yes"), Map.entry("-f", "force"),
      Map.entry("-g", "global"), Map.entry("-a", "all"), Map.entry("-s", "silent"), Map.entry("-w", "workspace"));

  public static Args parse(String[] argv) {
    List<String> words = new ArrayList<>(), rest = new ArrayList<>();
    Map<String, String> flags = new LinkedHashMap<>();
    boolean dashdash = false;
    for (String a : argv) {
      if (dashdash) {
        rest.add(a);
      } else if (a.equals("--")) {
        dashdash = true;
      } else if (a.startsWith("--")) {
        String k = a.substring(2), v = "true";
        int eq = k.indexOf('=');
        if (eq >= 0) {
          v = k.substring(eq + 1);
          k = k.substring(0, eq);
        } else if (k.startsWith("no-")) {
          k = k.substring(3);
          v = "false";
        }
        flags.put(k, v);
      } else if (SHORT.containsKey(a)) {
        flags.put(SHORT.get(a), "true");
      } else {
        words.add(a);
      }
    }
    // Value-taking flags given as "--registry URL".
    return new Args(words, flags, rest);
  }

  public static int run(String[] argv, Path cwd, Map<String, String> env, PrintStream out, PrintStream err) {
    String[] fixed = joinValueFlags(argv);
    Args a = parse(fixed);
    if (a.words.isEmpty() && (a.flags.containsKey("version") || List.of(argv).contains("-v"))) {
      out.println(VERSION);
      return 0;
    }
    if (a.words.isEmpty()) {
      out.println(Commands.USAGE);
      return a.flags.containsKey("help") ? 0 : 1;
    }
    try (Commands c = new Commands(a, cwd, env, out, err)) {
      return c.dispatch();
    } catch (PmException e) {
      printError(err, e.code, e.getMessage(), e.detail);
      return 1;
    } catch (JsonException e) {
      printError(err, "EJSONPARSE", e.getMessage(), null);
      return 1;
    } catch (java.io.UncheckedIOException e) {
      printError(err, "EIO", String.valueOf(e.getCause().getMessage()), null);
      return 1;
    }
  }

  private static final java.util.Set<String> VALUE_FLAGS = java.util.Set.of("--registry", "--cache", "--depth",
      "--omit", "--include", "--userconfig", "--prefix", "--save-prefix", "--tag", "--workspace", "--node-version",
      "--pack-destination", "--otp", "--access", "--location", "--package", "--audit-level");

  private static String[] joinValueFlags(String[] argv) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      if (VALUE_FLAGS.contains(argv[i]) && i + 1 < argv.length && !argv[i + 1].startsWith("-")) {
        out.add(argv[i] + "=" + argv[++i]);
      } else {
        out.add(argv[i]);
        if (argv[i].equals("--")) {
          for (i++; i < argv.length; i++) out.add(argv[i]);
        }
      }
    }
    return out.toArray(String[]::new);
  }

  /** npm's error block: every line prefixed with "npm error". */
  static void printError(PrintStream err, String code, String message, String detail) {
    if (code != null) err.println("npm error code " + code);
    for (String l : String.valueOf(message).split("\n")) err.println("npm error " + l);
    if (detail != null) {
      for (String l : detail.split("\n")) err.println(("npm error " + l).stripTrailing());
    }
  }

  static boolean exists(Path p) { return Files.exists(p); }
}
