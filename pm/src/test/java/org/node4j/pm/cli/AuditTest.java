package org.node4j.pm.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.pm.json.Json;
import org.node4j.pm.testing.Cli;
import org.node4j.pm.testing.TestRegistry;

/** npm audit against the loopback registry's bulk advisory endpoint. */
class AuditTest {
  @TempDir Path tmp;
  TestRegistry reg;
  Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    reg = new TestRegistry();
    cli = new Cli(tmp, reg);
    reg.pkg("lodash", "4.17.20").publish();
    reg.pkg("lodash", "4.17.21").notLatest().publish();
    reg.pkg("safe", "1.0.0").publish();
    reg.pkg("old", "1.0.0").publish();
    reg.advisories = new LinkedHashMap<>();
    reg.advisories.put("lodash", List.of(advisory(1, "Prototype Pollution in lodash", "high", "<4.17.21")));
    reg.advisories.put("old", List.of(advisory(2, "ReDoS in old", "moderate", "*")));
  }

  @AfterEach
  void tearDown() { reg.close(); }

  private static Map<String, Object> advisory(long id, String title, String severity, String range) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", id);
    a.put("url", "https://example.invalid/advisories/" + id);
    a.put("title", title);
    a.put("severity", severity);
    a.put("vulnerable_versions", range);
    a.put("cwe", List.of("CWE-1321"));
    return a;
  }

  private void install(String deps) throws Exception {
    cli.packageJson("{\"name\":\"app\",\"version\":\"1.0.0\"," + deps + "}");
    Cli.Run r = cli.run("install");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void vulnerableVersionIsReportedLikeNpm() throws Exception {
    install("\"dependencies\":{\"lodash\":\"^4.17.0\",\"safe\":\"1\"}");
    Cli.Run r = cli.run("audit");
    assertEquals(1, r.code(), r.err());
    assertEquals("""
        # npm audit report

        lodash  <4.17.21
        Severity: high
        Prototype Pollution in lodash - https://example.invalid/advisories/1
        fix available via `npm audit fix`
        node_modules/lodash

        1 high severity vulnerability

        To address all issues, run:
          npm audit fix
        """, r.out());
    assertEquals(List.of("4.17.20"), reg.lastAudit.get("lodash"), "the request lists installed versions");
    assertEquals(List.of("1.0.0"), reg.lastAudit.get("safe"));
  }

  @Test
  void cleanTreeFindsZero() throws Exception {
    install("\"dependencies\":{\"safe\":\"1\"}");
    Cli.Run r = cli.run("audit");
    assertEquals(0, r.code(), r.err());
    assertEquals("found 0 vulnerabilities\n", r.out());
  }

  @Test
  void jsonReport() throws Exception {
    install("\"dependencies\":{\"lodash\":\"^4.17.0\",\"old\":\"1\"}");
    Cli.Run r = cli.run("audit", "--json");
    assertEquals(1, r.code());
    Map<String, Object> rep = Json.parseObject(r.out());
    assertEquals(2L, rep.get("auditReportVersion"));
    Map<String, Object> lodash = Json.obj(Json.obj(rep.get("vulnerabilities")).get("lodash"));
    assertEquals("high", lodash.get("severity"));
    assertEquals(Boolean.TRUE, lodash.get("isDirect"));
    assertEquals(List.of("node_modules/lodash"), lodash.get("nodes"));
    Map<String, Object> counts = Json.obj(Json.obj(rep.get("metadata")).get("vulnerabilities"));
    assertEquals(1L, counts.get("high"));
    assertEquals(1L, counts.get("moderate"));
    assertEquals(2L, counts.get("total"));
  }

  @Test
  void mixedSeveritiesAndNoFix() throws Exception {
    install("\"dependencies\":{\"lodash\":\"^4.17.0\",\"old\":\"1\"}");
    Cli.Run r = cli.run("audit");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("old  *\nSeverity: moderate\nReDoS in old - https://example.invalid/advisories/2\n"
        + "No fix available\nnode_modules/old\n"), r.out());
    assertTrue(r.out().contains("2 vulnerabilities (1 moderate, 1 high)"), r.out());
    assertTrue(r.out().endsWith("Some issues need review, and may require choosing\na different dependency.\n"), r.out());
  }

  @Test
  void auditLevelSetsTheExitCode() throws Exception {
    install("\"dependencies\":{\"lodash\":\"^4.17.0\"}");
    assertEquals(0, cli.run("audit", "--audit-level=critical").code());
    assertEquals(1, cli.run("audit", "--audit-level", "high").code());
  }

  @Test
  void omittedDevDependenciesAreNotAudited() throws Exception {
    install("\"devDependencies\":{\"lodash\":\"^4.17.0\"}");
    Cli.Run r = cli.run("audit", "--omit=dev");
    assertEquals(0, r.code(), r.out());
    assertNull(reg.lastAudit.get("lodash"));
  }

  @Test
  void registryWithoutTheEndpointIsAnErrorLikeNpm() throws Exception {
    install("\"dependencies\":{\"safe\":\"1\"}");
    reg.advisories = null;
    Cli.Run r = cli.run("audit");
    assertEquals(1, r.code());
    assertEquals("{ error: 'Not found' }\n", r.out());
    assertTrue(r.err().startsWith("npm warn audit 404 Not Found - POST " + reg.url()
        + "-/npm/v1/security/advisories/bulk - Not found\nnpm error audit endpoint returned an error\n"), r.err());
  }

  @Test
  void withoutALockfileIsEnolock() throws Exception {
    cli.packageJson("{\"dependencies\":{\"safe\":\"1\"}}");
    Cli.Run r = cli.run("audit");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code ENOLOCK\nnpm error audit This command requires an existing lockfile."),
        r.err());
  }

  @Test
  void auditFixIsReportedAsUnsupported() throws Exception {
    install("\"dependencies\":{\"safe\":\"1\"}");
    Cli.Run r = cli.run("audit", "fix");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("npm error code EUNSUPPORTED"), r.err());
  }
}
