package org.node4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The two issue-11 showcases, each run by its one documented command. They fetch what they
 * need on first use (H2 from Maven Central; react and react-dom with npm4j from the registry
 * npm's configuration names).
 */
class ExamplesTest {
  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.exists(p.resolve("bin/node4j"))) p = p.getParent();
    return p;
  }

  @Test
  void nodeScriptUsesAJavaJdbcLibrary() throws Exception {
    Process p = new ProcessBuilder(root().resolve("examples/java-interop/run").toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(600, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertEquals("[\n  { name: 'Grace Hopper', born: 1906 },\n  { name: 'Alan Turing', born: 1912 }\n]\n", out);
  }

  @Test
  void javaHttpServiceRendersReactPerRequest() throws Exception {
    Process p = new ProcessBuilder(root().resolve("examples/java-embedding/run").toString(), "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.startsWith("listening on http://127.0.0.1:"), String.valueOf(line));
      String base = line.substring("listening on ".length());
      HttpClient client = HttpClient.newHttpClient();
      for (int visit = 1; visit <= 2; visit++) {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "page" + visit)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("<!DOCTYPE html><html><head><title>node4j SSR</title></head><body>"
            + "<h1>Hello from React, rendered in the JVM</h1><p>Path /page" + visit + ", visit number " + visit
            + ".</p>"), r.body());
      }
    } finally {
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
    }
  }
}
