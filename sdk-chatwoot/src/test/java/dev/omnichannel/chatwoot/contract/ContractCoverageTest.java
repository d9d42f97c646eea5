package dev.omnichannel.chatwoot.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs last ({@link ContractCoverageLast}): prints the contract summary and, when the whole suite
 * ran, fails if fewer than {@link #MIN_OPERATIONS} of the spec's operations were exercised by
 * validated requests. A partial run ({@code -Dtest=...}) prints the numbers and skips the assertion.
 */
class ContractCoverageTest {

  /** The fewest spec operations the full suite must exercise through validated requests. */
  static final int MIN_OPERATIONS = 130;

  @Test
  void theSuiteExercisesEnoughSpecOperations() throws Exception {
    assumeTrue(ContractCheck.validator() != null, "the Chatwoot spec is absent: nothing was validated");
    ContractCheck.printSummary();
    Set<String> missing = testClasses();
    missing.removeAll(ContractCoverageLast.planned());
    assumeTrue(missing.isEmpty(), "only part of the suite ran (not run: " + missing + "); "
        + ContractCheck.operationsExercised().size() + " operations exercised, coverage not asserted");
    assertThat(ContractCheck.operationsExercised().size())
        .as("spec operations exercised by validated requests; not exercised: %s",
            ContractCheck.operationsNotExercised())
        .isGreaterThanOrEqualTo(MIN_OPERATIONS);
    assertThat(ContractCheck.requestsValidated()).isPositive();
  }

  /** The concrete {@code *Test} classes compiled into this module's test output. */
  private static Set<String> testClasses() throws Exception {
    Path root = Path.of(ContractCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (!rel.endsWith("Test.class") || rel.contains("$")) {
          continue;
        }
        String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
        Class<?> c = Class.forName(name, false, ContractCoverageTest.class.getClassLoader());
        if (!Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
