package org.node4j.jstest;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every test/js script as a JUnit test, run in this JVM (see JsTestRunner). */
class JsSuiteTest {
  @TestFactory
  Stream<DynamicTest> testJs() throws Exception {
    Path repo = JsTestRunner.repoRoot();
    List<Path> files = JsTestRunner.discover(List.of(repo.resolve("test/js")));
    return files.stream().map(f -> DynamicTest.dynamicTest(repo.relativize(f).toString(), () -> {
      JsTest t = JsTest.load(f);
      String why = t.check(JsTestRunner.runInJvm(t, repo), repo, false);
      if (why != null) fail(why);
    }));
  }
}
