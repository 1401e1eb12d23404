package org.node4j.pm.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** javaDependencies: Maven artifacts resolved at install from a loopback Maven repository. */
class JavaDependenciesTest {
  @TempDir Path tmp;
  TestRegistry reg;
  HttpServer maven;
  Path repo;
  final List<String> fetched = Collections.synchronizedList(new ArrayList<>());
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    repo = Files.createDirectories(tmp.resolve("maven-repo"));
    maven = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    maven.createContext("/", ex -> {
      Path f = repo.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
      fetched.add(ex.getRequestURI().getPath());
      if (!f.startsWith(repo) || !Files.isRegularFile(f)) {
        ex.sendResponseHeaders(404, -1);
      } else {
        byte[] body = ex.getRequestMethod().equals("HEAD") ? new byte[0] : Files.readAllBytes(f);
        ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    maven.start();
    cli = new Cli(tmp, reg);
    cli.env.put("npm_config_java_repository", "http://127.0.0.1:" + maven.getAddress().getPort() + "/");
    cli.env.put("npm_config_java_local_repository", tmp.resolve("m2").toString());
    // greeter 1.0 needs words 2.0 at compile time, and a test-only library that must not be fetched
    artifact("greeter", "1.0", """
        <dependencies>
          <dependency><groupId>org.example</groupId><artifactId>words</artifactId><version>2.0</version></dependency>
          <dependency><groupId>org.example</groupId><artifactId>only-for-tests</artifactId><version>9</version>
            <scope>test</scope></dependency>
        </dependencies>""");
    artifact("words", "2.0", "");
    artifact("extra", "1.0", "");
  }

  @AfterEach
  void tearDown() {
    maven.stop(0);
    reg.close();
  }

  private void artifact(String name, String version, String dependencies) throws IOException {
    Path dir = Files.createDirectories(repo.resolve("org/example/" + name + "/" + version));
    Files.writeString(dir.resolve(name + "-" + version + ".pom"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example</groupId><artifactId>%s</artifactId><version>%s</version>
          %s
        </project>
        """.formatted(name, version, dependencies));
    ByteArrayOutputStream jar = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(jar)) {
      out.putNextEntry(new ZipEntry("org/example/" + name + ".txt"));
      out.write(name.getBytes());
    }
    Files.write(dir.resolve(name + "-" + version + ".jar"), jar.toByteArray());
  }

  private List<String> classpath() throws IOException {
    return Files.readAllLines(cli.project.resolve(JavaDependencies.CLASSPATH_FILE)).stream()
        .map(p -> tmp.resolve("m2").relativize(Path.of(p)).toString()).toList();
  }

  @Test
  void installResolvesTheTreesJavaDependenciesTransitively() throws Exception {
    reg.pkg("lib", "1.0.0").set("javaDependencies", Map.of("org.example:extra", "1.0")).publish();
    cli.packageJson("""
        {"name": "app", "version": "1.0.0", "dependencies": {"lib": "^1.0.0"},
         "javaDependencies": {"org.example:greeter": "1.0"}}""");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("org/example/greeter/1.0/greeter-1.0.jar", "org/example/words/2.0/words-2.0.jar",
        "org/example/extra/1.0/extra-1.0.jar"), classpath());
    assertFalse(fetched.stream().anyMatch(p -> p.contains("only-for-tests")), fetched.toString());

    // the second install finds everything in the local repository
    fetched.clear();
    assertEquals(0, cli.run("install").code());
    assertEquals(List.of(), fetched);

    // no declarations left: no class path
    cli.packageJson("{\"name\": \"app\", \"version\": \"1.0.0\"}");
    assertEquals(0, cli.run("install").code());
    assertFalse(cli.exists(JavaDependencies.CLASSPATH_FILE));
  }

  @Test
  void badDeclarationsAndMissingArtifactsAreNpmStyleErrors() throws Exception {
    cli.packageJson("{\"javaDependencies\": {\"org.example\": \"1.0\"}}");
    Cli.Run r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EJAVADEPENDENCY"), r.err());
    assertTrue(r.err().contains("Invalid javaDependencies entry \"org.example\""), r.err());

    cli.packageJson("{\"javaDependencies\": {\"org.example:absent\": \"3.1\"}}");
    r = cli.run("install");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Could not resolve javaDependencies"), r.err());
    assertTrue(r.err().contains("org.example:absent"), r.err());
  }
}
