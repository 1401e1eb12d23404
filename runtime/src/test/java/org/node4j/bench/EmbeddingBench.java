package org.node4j.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.node4j.Node4j;
import org.node4j.Node4jRuntime;

/**
 * What embedding costs (bench/embedding/run): creating and ending a runtime in a warm JVM, and
 * one JS function call from Java through Node4jRuntime.call. Prints BENCH lines; Node has no
 * counterpart, so these are absolute figures.
 */
public final class EmbeddingBench {
  private EmbeddingBench() {}

  public static void main(String[] args) throws Exception {
    int runtimes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Path dir = Files.createTempDirectory("node4j-bench");
    Files.writeString(dir.resolve("lib.js"), "exports.add = (a, b) => a + b;\n");
    Node4j node = Node4j.builder().cwd(dir).stdout(new ByteArrayOutputStream()).build();

    long[] create = new long[runtimes];
    for (int i = 0; i < runtimes; i++) {
      long t0 = System.nanoTime();
      node.runCode("0");
      create[i] = System.nanoTime() - t0;
    }
    System.out.printf("BENCH runtime-create-first %.1f ms%n", create[0] / 1e6);
    System.out.printf("BENCH runtime-create-warm %.1f ms%n", median(Arrays.copyOfRange(create, runtimes / 2, runtimes)) / 1e6);

    try (Node4jRuntime rt = node.start()) {
      long[] perCall = new long[calls];
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        rt.call("./lib.js", "add", i, 1).get(60, TimeUnit.SECONDS);
        perCall[i] = System.nanoTime() - t0;
      }
      System.out.printf("BENCH call-roundtrip-first %.1f us%n", perCall[0] / 1e3);
      System.out.printf("BENCH call-roundtrip-warm %.1f us%n", median(Arrays.copyOfRange(perCall, calls / 2, calls)) / 1e3);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
