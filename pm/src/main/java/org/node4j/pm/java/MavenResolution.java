package org.node4j.pm.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;
import org.node4j.pm.PmException;

/** Maven's resolver at work: kept apart so its classes load only for projects that use Java. */
final class MavenResolution {
  private MavenResolution() {}

  /** The jars of these artifacts and their runtime dependencies, downloaded into localRepo. */
  static List<Path> resolve(Map<String, String> artifacts, List<String> repositories, Path localRepo) {
    RepositorySystem system = new RepositorySystemSupplier().get();
    try {
      DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
      // POM profiles activate on the JDK's version and OS, as under Maven
      session.setSystemProperties(System.getProperties());
      // a POM that cannot be read must fail the install, not silently drop its dependencies
      session.setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(false, false));
      session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(localRepo.toFile())));
      CollectRequest collect = new CollectRequest();
      for (Map.Entry<String, String> a : artifacts.entrySet()) {
        collect.addDependency(new Dependency(new DefaultArtifact(a.getKey() + ":" + a.getValue()), JavaScopes.RUNTIME));
      }
      for (int i = 0; i < repositories.size(); i++) {
        collect.addRepository(new RemoteRepository.Builder(i == 0 ? "central" : "repo" + i, "default",
            repositories.get(i)).build());
      }
      DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult r : system.resolveDependencies(session, request).getArtifactResults()) {
        jars.add(r.getArtifact().getFile().toPath());
      }
      return jars;
    } catch (DependencyResolutionException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      throw new PmException("EJAVADEPENDENCY", "Could not resolve javaDependencies: " + e.getMessage()
          + (root != e ? "\n" + root.getMessage() : ""));
    } finally {
      system.shutdown();
    }
  }

  private static final Pattern REPOSITORY_URL =
      Pattern.compile("<repositories>\\s*<repository>.*?<url>([^<]+)</url>", Pattern.DOTALL);

  /** The repository Maven itself uses by default, as its super POM names it. */
  static String centralFromSuperPom() {
    try (InputStream in = MavenResolution.class.getClassLoader()
        .getResourceAsStream("org/apache/maven/model/pom-4.0.0.xml")) {
      if (in == null) throw new IllegalStateException("maven-model-builder's super POM is missing");
      Matcher m = REPOSITORY_URL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!m.find()) throw new IllegalStateException("no repository in Maven's super POM");
      return m.group(1).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
