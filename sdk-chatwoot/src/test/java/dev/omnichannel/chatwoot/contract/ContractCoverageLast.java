package dev.omnichannel.chatwoot.contract;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The suite's class order (configured in {@code junit-platform.properties}): by class name, with
 * {@link ContractCoverageTest} last so it sees every request the other classes validated. It also
 * records which test classes the run contains, so the coverage test can tell a full run from a
 * {@code -Dtest=...} selection.
 */
public final class ContractCoverageLast implements ClassOrderer {

  private static final Set<String> PLANNED = ConcurrentHashMap.newKeySet();

  /** Used by JUnit through the configuration property. */
  public ContractCoverageLast() {}

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().forEach(d -> PLANNED.add(d.getTestClass().getName()));
    context.getClassDescriptors().sort(Comparator
        .comparing((ClassDescriptor d) -> d.getTestClass() == ContractCoverageTest.class)
        .thenComparing(d -> d.getTestClass().getName()));
  }

  /**
   * The test classes this run contains.
   *
   * @return a sorted copy (empty when this orderer was not used)
   */
  static Set<String> planned() {
    return new TreeSet<>(PLANNED);
  }
}
