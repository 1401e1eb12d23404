package org.node4j.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.node4j.kernel.Libc;
import org.node4j.runtime.NodeRuntime;
import org.node4j.runtime.RuntimeOptions;
import org.node4j.runtime.SharedEngine;
import org.node4j.runtime.StartupTrace;

/** {@code node4j}: the command line, run by bin/node4j. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    StartupTrace.mark("main");
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    CliArgs cli;
    try {
      cli = CliArgs.parse(args, CliArgs.splitNodeOptions(System.getenv("NODE_OPTIONS")));
      for (String f : cli.envFiles) {
        if (!java.nio.file.Files.isRegularFile(Path.of(f))) throw new CliArgs.BadOption(f + ": not found");
      }
    } catch (CliArgs.BadOption e) {
      err.println(invokedAs() + ": " + e.getMessage());
      System.exit(9);
      return;
    }
    if (cli.version) {
      System.out.println(NodeRuntime.NODE_VERSION);
      System.exit(0);
    }
    if (cli.help) {
      System.out.print(Help.TEXT);
      System.exit(0);
    }
    if (!SharedEngine.get().jitEnabled() && System.getenv("NODE4J_ALLOW_INTERPRETER") == null) {
      err.println("node4j: warning: the Graal JIT is not active; JavaScript runs in the interpreter "
          + "(slow). Run through bin/node4j on JDK 25 with JVMCI, or set NODE4J_ALLOW_INTERPRETER=1.");
    }
    StartupTrace.mark("engine");
    RuntimeOptions.MainKind kind = cli.mainKind;
    List<String> scriptArgs = List.copyOf(cli.scriptArgs);
    if (cli.test && (kind == RuntimeOptions.MainKind.NONE || kind == RuntimeOptions.MainKind.FILE)) {
      // node --test [patterns…]: the runner in lib/internal/test_runner/runner.js reads them from argv
      List<String> patterns = new java.util.ArrayList<>();
      if (cli.main != null) patterns.add(cli.main);
      patterns.addAll(cli.scriptArgs);
      scriptArgs = List.copyOf(patterns);
      kind = RuntimeOptions.MainKind.TEST;
    }
    if (kind == RuntimeOptions.MainKind.NONE) {
      // A terminal (or -i) gets the REPL; piped input runs as a script, as in Node.
      // (--run's script is found by JS, which then needs no stdin.)
      if (!Libc.isatty(0) && !cli.interactive && cli.run == null) kind = RuntimeOptions.MainKind.STDIN;
    }
    String main = cli.main;
    if (kind == RuntimeOptions.MainKind.FILE) main = Path.of(main).toAbsolutePath().normalize().toString();
    if (kind == RuntimeOptions.MainKind.TEST) main = null;
    RuntimeOptions options = new RuntimeOptions(
        execPath(), execName(), List.copyOf(cli.execArgv), kind, main, scriptArgs,
        new LinkedHashMap<>(System.getenv()), Path.of("").toAbsolutePath(),
        new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        Libc.isatty(1), Libc.isatty(2), Libc.isatty(0),
        List.copyOf(cli.preload), cli.stackTraceLimit);
    ClassLoader javaLoader = cli.java ? javaClassLoader(javaClasspath(cli.javaClasspath,
        kind == RuntimeOptions.MainKind.FILE ? Path.of(main).getParent() : Path.of("").toAbsolutePath())) : null;
    if (kind != RuntimeOptions.MainKind.TEST && (cli.execArgv.contains("--watch") || !cli.watchPaths.isEmpty())) {
      if (kind != RuntimeOptions.MainKind.FILE) {
        err.println(invokedAs() + ": --watch requires specifying a file");
        System.exit(9);
      }
      List<Path> watchPaths = cli.watchPaths.stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
      new WatchMode(() -> {
        NodeRuntime r = new NodeRuntime(options);
        if (javaLoader != null) r.allowJava(javaLoader);
        return r;
      }, Path.of(main), watchPaths, Libc.isatty(1) && !cli.execArgv.contains("--watch-preserve-output"),
          new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)).run();
      return;
    }
    // Deep recursion needs a deep Java stack: run JS on a thread of our own with one.
    int[] code = new int[1];
    Thread js = new Thread(null, () -> {
      try (NodeRuntime runtime = new NodeRuntime(options)) {
        if (javaLoader != null) runtime.allowJava(javaLoader);
        code[0] = runtime.run();
      }
    }, "node4j-main", 512L * 1024 * 1024);
    // Libraries that look classes up by name (JDBC's DriverManager, ServiceLoader) ask this.
    if (javaLoader != null) js.setContextClassLoader(javaLoader);
    js.start();
    js.join();
    System.out.flush();
    StartupTrace.mark("exit");
    StartupTrace.threads();
    Runtime.getRuntime().halt(code[0]);
  }

  /**
   * --java-classpath entries, then the jars of the project's javaDependencies: the class-path
   * file npm4j install writes into the nearest node_modules above the script.
   */
  private static List<String> javaClasspath(List<String> given, Path from) {
    List<String> all = new java.util.ArrayList<>(given);
    for (Path dir = from; dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("node_modules/.node4j/java-classpath");
      if (java.nio.file.Files.isRegularFile(file)) {
        try {
          for (String line : java.nio.file.Files.readAllLines(file)) if (!line.isBlank()) all.add(line);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        break;
      }
    }
    return all;
  }

  /** The classes JS code may use under --java: the JVM's own, plus the given class path. */
  private static ClassLoader javaClassLoader(List<String> classpath) {
    java.net.URL[] urls = classpath.stream().map(p -> {
      try {
        return Path.of(p).toAbsolutePath().toUri().toURL();
      } catch (java.net.MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }).toArray(java.net.URL[]::new);
    return new java.net.URLClassLoader(urls, Main.class.getClassLoader());
  }

  private static String execPath() {
    String p = System.getProperty("node4j.execPath");
    return p != null ? p : "node4j";
  }

  /** The command as the user typed it, which Node's "bad option" message starts with. */
  private static String invokedAs() {
    String p = System.getProperty("node4j.argv0");
    return p != null ? p : execName();
  }

  private static String execName() {
    return Path.of(execPath()).getFileName().toString();
  }
}
