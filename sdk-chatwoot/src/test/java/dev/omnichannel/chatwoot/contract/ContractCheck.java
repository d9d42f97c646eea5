package dev.omnichannel.chatwoot.contract;

import dev.omnichannel.core.testing.SharedSpecs;
import dev.omnichannel.core.testing.openapi.ContractValidator;
import dev.omnichannel.core.testing.openapi.OpenApiSpec;
import dev.omnichannel.core.testing.openapi.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;

/**
 * The hook every Chatwoot test calls (through {@code ChatwootTestSupport.expect}, or directly with
 * {@link #verify(RecordedRequest)}): validates each request the tests assert against the official
 * spec, {@code shared/specs/chatwoot/swagger.json} (all three API families), found by walking up
 * from the working directory ({@code <clone>/../shared} in CI). The system property
 * {@code chatwoot.spec.dir} or the environment variable {@code CHATWOOT_SPEC_DIR} name the folder
 * directly. When the spec is absent the check is skipped and the reason printed once.
 *
 * <p>A test that deliberately sends an out-of-spec value to exercise an escape hatch (an unknown
 * enum value, {@code extra(...)}) calls {@link #verifyOutsideSpec(RecordedRequest, String)} instead:
 * the request must really break the spec (otherwise the test should validate normally), and the
 * reason is recorded and printed in the summary.
 *
 * <p>The summary (requests validated, operations exercised, allowed differences, deliberate
 * out-of-spec requests) is printed by {@code ContractCoverageTest}, which runs last, and written
 * to {@code target/chatwoot-contract-summary.txt}; a shutdown hook prints it when that test did not run.
 */
public final class ContractCheck {

  private static final String SPEC = "shared/specs/chatwoot/swagger.json";
  /**
   * A self-hosted install may sit under a path prefix (base URL {@code https://host/chat/}): up
   * to this many leading segments are stripped, the rest validated, and the prefix reported (and
   * forgiven by the {@code deployment} entry of {@link SpecDifferences}).
   */
  static final int BASE_PATH_SEGMENTS = 3;
  private static final Object LOCK = new Object();
  private static volatile boolean initialised;
  private static ContractValidator validator;
  private static String specFile;

  private static final AtomicInteger REQUESTS = new AtomicInteger();
  private static final AtomicInteger FAILED = new AtomicInteger();
  private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();
  private static final Map<String, AtomicInteger> ALLOWED = new ConcurrentHashMap<>();
  private static final List<String> OUTSIDE = new CopyOnWriteArrayList<>();
  private static final AtomicBoolean PRINTED = new AtomicBoolean();

  private ContractCheck() {}

  /**
   * Validates a recorded request; does nothing when the spec is absent.
   *
   * @param r the request MockWebServer recorded
   * @throws AssertionError when the request breaks the spec (operationId, location, expected vs actual)
   */
  public static void verify(RecordedRequest r) {
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    verify(r.getMethod(), r.getTarget(), r.getHeaders().get("Content-Type"), body);
  }

  /**
   * Validates a request given by its parts; does nothing when the spec is absent.
   *
   * @param method the HTTP method
   * @param target path and query as sent
   * @param contentType the Content-Type header or null
   * @param body the body text or null
   * @throws AssertionError when the request breaks the spec
   */
  public static void verify(String method, String target, String contentType, String body) {
    ContractValidator v = validator();
    if (v == null) {
      return;
    }
    REQUESTS.incrementAndGet();
    ContractValidator.Result result = v.validate(method, target, contentType, body);
    if (result.operationId() != null) {
      OPERATIONS.add(result.operationId());
    }
    result.allowed().values().forEach(d -> ALLOWED.computeIfAbsent(d.toString(), k -> new AtomicInteger()).incrementAndGet());
    if (!result.ok()) {
      FAILED.incrementAndGet();
      throw new AssertionError(failureMessage(result, method, target));
    }
  }

  /**
   * Records a request a test sends outside the spec on purpose (an escape hatch such as an unknown
   * enum value or {@code extra(...)}); does nothing when the spec is absent.
   *
   * @param r the request MockWebServer recorded
   * @param reason why the test sends an out-of-spec request
   * @throws AssertionError when the request conforms after all (validate it normally instead)
   */
  public static void verifyOutsideSpec(RecordedRequest r, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reason is required");
    }
    ContractValidator v = validator();
    if (v == null) {
      return;
    }
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    ContractValidator.Result result = v.validate(r.getMethod(), r.getTarget(), r.getHeaders().get("Content-Type"), body);
    if (result.ok()) {
      throw new AssertionError("request " + r.getMethod() + " " + r.getTarget() + " conforms to the spec (operation "
          + result.operationId() + "): use expect(...) so it is validated, not expectOutsideSpec(...)");
    }
    OUTSIDE.add(result.operationId() + " " + r.getMethod() + " " + r.getTarget() + ": " + reason + " "
        + result.violations().stream().map(Violation::location).distinct().collect(Collectors.joining(", ", "[", "]")));
  }

  /**
   * The assertion message for a request that breaks the spec: the violations and where to record
   * a real server behaviour ({@link SpecDifferences}) or a deliberate escape-hatch request.
   *
   * @param result the failed result
   * @param method the request method
   * @param target the request target
   * @return the text
   */
  static String failureMessage(ContractValidator.Result result, String method, String target) {
    return result.describe(method, target)
        + "\nIf the real server accepts this (see research section 1.1), add a Difference to "
        + "dev.omnichannel.chatwoot.contract.SpecDifferences with the operationId, location and reason; "
        + "if the test sends it on purpose (an escape hatch), use expectOutsideSpec(..., reason).";
  }

  /**
   * How many requests were validated so far.
   *
   * @return the count
   */
  public static int requestsValidated() {
    return REQUESTS.get();
  }

  /**
   * The operationIds validated requests matched so far.
   *
   * @return a sorted copy
   */
  public static Set<String> operationsExercised() {
    return new TreeSet<>(OPERATIONS);
  }

  /**
   * The operationIds the spec has that no validated request matched so far.
   *
   * @return a sorted set, empty when the spec is absent
   */
  public static Set<String> operationsNotExercised() {
    ContractValidator v = validator();
    if (v == null) {
      return Set.of();
    }
    Set<String> all = new TreeSet<>();
    v.spec().operations().forEach(op -> all.add(op.operationId()));
    all.removeAll(OPERATIONS);
    return all;
  }

  /**
   * Whether the spec was found (for tests that need it).
   *
   * @return the validator, or null when the spec is absent
   */
  public static ContractValidator validator() {
    if (!initialised) {
      synchronized (LOCK) {
        if (!initialised) {
          init();
          initialised = true;
        }
      }
    }
    return validator;
  }

  private static void init() {
    Optional<Path> file = locate();
    if (file.isEmpty()) {
      System.out.println("[chatwoot-contract] SKIPPED: " + SPEC + " not found (looked in chatwoot.spec.dir, "
          + "CHATWOOT_SPEC_DIR and every parent of " + Path.of("").toAbsolutePath()
          + "); requests are not validated against the OpenAPI spec");
      return;
    }
    try {
      OpenApiSpec spec = OpenApiSpec.load(file.get(), SpecDifferences.EXCLUDED_OPERATIONS);
      validator = new ContractValidator(spec, SpecDifferences.ALL).allowingBasePathPrefix(BASE_PATH_SEGMENTS);
      specFile = file.get().toString();
      System.out.println("[chatwoot-contract] validating requests against " + specFile + " (OpenAPI "
          + spec.version() + ", " + spec.operations().size() + " operations, "
          + SpecDifferences.ALL.size() + " recorded spec-vs-server differences)");
      Runtime.getRuntime().addShutdownHook(new Thread(ContractCheck::printSummary, "chatwoot-contract-summary"));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the Chatwoot spec at " + file.get() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where the spec file is, if anywhere.
   *
   * @return the swagger.json path
   */
  public static Optional<Path> locate() {
    return SharedSpecs.locate("chatwoot", "swagger.json").filter(Files::isRegularFile);
  }

  /**
   * The summary of what was checked so far.
   *
   * @return the text, or a note that the check was skipped
   */
  public static String summary() {
    ContractValidator v = validator();
    if (v == null) {
      return "[chatwoot-contract] SKIPPED: spec not found, no request was validated";
    }
    Set<String> operationIds = new TreeSet<>();
    v.spec().operations().forEach(op -> operationIds.add(op.operationId()));
    StringBuilder sb = new StringBuilder("[chatwoot-contract] summary: ").append(REQUESTS.get())
        .append(" requests validated against ").append(specFile).append(", ").append(FAILED.get())
        .append(" violating; ").append(OPERATIONS.size()).append(" of ")
        .append(operationIds.size()).append(" operations exercised; ")
        .append(ALLOWED.values().stream().mapToInt(AtomicInteger::get).sum())
        .append(" violations forgiven by ").append(ALLOWED.size()).append(" of ").append(SpecDifferences.ALL.size())
        .append(" recorded differences; ").append(OUTSIDE.size()).append(" requests deliberately outside the spec");
    Map<String, AtomicInteger> sorted = new TreeMap<>(ALLOWED);
    if (sorted.isEmpty()) {
      sb.append("\n[chatwoot-contract] no allowed difference was needed");
    } else {
      sb.append("\n[chatwoot-contract] allowed differences used:");
      sorted.forEach((d, n) -> sb.append("\n  ").append(n.get()).append("x ").append(d));
    }
    if (!OUTSIDE.isEmpty()) {
      sb.append("\n[chatwoot-contract] deliberately outside the spec (escape-hatch tests, not validated):");
      new TreeSet<>(OUTSIDE).forEach(o -> sb.append("\n  ").append(o));
    }
    operationIds.removeAll(OPERATIONS);
    sb.append("\n[chatwoot-contract] operations not exercised (").append(operationIds.size()).append("): ")
        .append(operationIds);
    sb.append("\n[chatwoot-contract] recorded differences (").append(SpecDifferences.ALL.size()).append("):");
    SpecDifferences.ALL.forEach(d -> sb.append("\n  ").append(d));
    return sb.toString();
  }

  /**
   * Prints the summary once (later calls do nothing) and writes it to
   * {@code target/chatwoot-contract-summary.txt} when a {@code target} folder exists.
   */
  public static void printSummary() {
    if (validator() == null || !PRINTED.compareAndSet(false, true)) {
      return;
    }
    String text = summary();
    System.out.println(text);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      try {
        Files.writeString(target.resolve("chatwoot-contract-summary.txt"), text + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.out.println("[chatwoot-contract] cannot write the summary file: " + e.getMessage());
      }
    }
  }
}
