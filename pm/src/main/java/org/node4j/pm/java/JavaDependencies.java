package org.node4j.pm.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.node4j.pm.PmException;
import org.node4j.pm.config.NpmConfig;
import org.node4j.pm.json.Json;
import org.node4j.pm.resolve.Node;

/**
 * package.json's {@code "javaDependencies": {"group:artifact": "version"}}: the Maven artifacts
 * a package's JS code uses through {@code node4j --java} ({@code require('java:…')}). Install
 * resolves them, with their own dependencies, into the local Maven repository and lists the
 * jars in {@link #CLASSPATH_FILE}, which {@code node4j --java} puts on its class path.
 *
 * <p>Config (npm's chain: .npmrc, npm_config_*): {@code java-repository}, the Maven repository
 * URLs (comma-separated; default: the central repository of Maven's own super POM) and
 * {@code java-local-repository} (default: ~/.m2/repository, shared with Maven).
 */
public final class JavaDependencies {
  /** Relative to the project root; one absolute jar path per line. */
  public static final String CLASSPATH_FILE = "node_modules/.node4j/java-classpath";

  private JavaDependencies() {}

  /** After an install: resolves what the tree's packages declare and writes (or removes) the class path. */
  public static void install(Path projectDir, Node root, NpmConfig cfg) {
    Map<String, String> wanted = declared(root);
    Path file = projectDir.resolve(CLASSPATH_FILE);
    try {
      if (wanted.isEmpty()) {
        Files.deleteIfExists(file);
        return;
      }
      List<Path> jars = MavenResolution.resolve(wanted, repositories(cfg), localRepository(cfg));
      Files.createDirectories(file.getParent());
      StringBuilder sb = new StringBuilder();
      for (Path jar : jars) sb.append(jar.toAbsolutePath()).append('\n');
      Files.writeString(file, sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every package's declarations, the root project's first: for an artifact declared twice the
   * first declaration wins, as Maven's nearest-wins does.
   */
  static Map<String, String> declared(Node root) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    nodes.add(root);
    for (Node n : root.all()) if (n != root) nodes.add(n);
    for (Node n : nodes) {
      Map<String, Object> deps = n.pkg == null ? null : Json.obj(n.pkg.get("javaDependencies"));
      if (deps == null) continue;
      for (Map.Entry<String, Object> e : deps.entrySet()) {
        String coords = e.getKey();
        if (coords.split(":", -1).length != 2 || !(e.getValue() instanceof String v) || v.isBlank()) {
          throw new PmException("EJAVADEPENDENCY", "Invalid javaDependencies entry \"" + coords + "\": \""
              + e.getValue() + "\" (expected \"groupId:artifactId\": \"version\")");
        }
        out.putIfAbsent(coords, v);
      }
    }
    return out;
  }

  private static List<String> repositories(NpmConfig cfg) {
    String configured = cfg.get("java-repository", "");
    if (configured.isBlank()) return List.of(MavenResolution.centralFromSuperPom());
    List<String> out = new ArrayList<>();
    for (String url : configured.split(",")) if (!url.isBlank()) out.add(url.trim());
    return out;
  }

  private static Path localRepository(NpmConfig cfg) {
    String configured = cfg.get("java-local-repository", "");
    return configured.isBlank() ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(configured);
  }
}
