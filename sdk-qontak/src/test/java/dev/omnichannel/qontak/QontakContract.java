package dev.omnichannel.qontak;

import dev.omnichannel.core.testing.SharedSpecs;
import dev.omnichannel.core.testing.openapi.ContractValidator;
import dev.omnichannel.core.testing.openapi.OpenApiSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.RecordedRequest;

/**
 * The contract hook {@link QontakTestSupport#expect} calls for every HMAC-mode request: validates
 * method, path, query and body against the Mekari gateway's OpenAPI subset
 * ({@code shared/specs/qontak/qontak-chat-mag-subset.derived.openapi.json}, found by walking up
 * from the module directory; the system property {@code qontak.spec.dir} names the folder
 * directly). When the file is absent nothing is validated and the reason is printed once.
 *
 * <p>Requests to endpoints the subset does not contain ({@link QontakSpecDifferences#NOT_IN_SPEC},
 * or any other path no operation matches) are counted as unvalidated, not failed. Violations
 * listed in {@link QontakSpecDifferences#ALL} are forgiven and counted. The summary is rewritten
 * to {@code target/qontak-contract-summary.txt} after each request and printed at JVM exit.
 */
final class QontakContract {

  static final String SPEC = "shared/specs/qontak/qontak-chat-mag-subset.derived.openapi.json";

  private static boolean initialised;
  private static ContractValidator validator;
  private static Path specFile;
  private static String skipReason;

  private static int requests;
  private static int validated;
  private static int violating;
  private static final Map<String, Integer> EXERCISED = new TreeMap<>();
  private static final Map<String, Integer> NOT_IN_SPEC = new TreeMap<>();
  private static final Map<String, Integer> UNLISTED = new TreeMap<>();
  private static final Map<String, Integer> ALLOWED = new TreeMap<>();
  private static final AtomicBoolean PRINTED = new AtomicBoolean();

  private QontakContract() {}

  /**
   * Validates one HMAC-mode request.
   *
   * @param r the recorded request
   * @throws AssertionError when it breaks the spec
   */
  static void verify(RecordedRequest r) {
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    verify(r.getMethod(), r.getTarget(), r.getHeaders().get("Content-Type"), body);
  }

  /**
   * Validates a request given by its parts.
   *
   * @param method the method
   * @param target path (with the {@code /qontak/chat/v1} prefix) and query
   * @param contentType the content type or null
   * @param body the body or null
   * @throws AssertionError when it breaks the spec
   */
  static synchronized void verify(String method, String target, String contentType, String body) {
    ContractValidator v = validator();
    if (v == null) {
      return;
    }
    requests++;
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    String resource = path.startsWith(QontakSpecDifferences.PREFIX) ? path.substring(QontakSpecDifferences.PREFIX.length()) : path;
    Optional<QontakSpecDifferences.NotInSpec> outside = QontakSpecDifferences.NOT_IN_SPEC.stream()
        .filter(n -> n.matches(method, resource)).findFirst();
    try {
      if (outside.isPresent()) {
        NOT_IN_SPEC.merge(outside.get().toString(), 1, Integer::sum);
        return;
      }
      ContractValidator.Result result = v.validate(method, target, contentType, body);
      if (result.operationId() == null) {
        UNLISTED.merge(method + " " + resource, 1, Integer::sum);
        return;
      }
      validated++;
      EXERCISED.merge(result.operationId(), 1, Integer::sum);
      result.allowed().values().forEach(d -> ALLOWED.merge(d.toString(), 1, Integer::sum));
      if (!result.ok()) {
        violating++;
        throw new AssertionError(result.describe(method, target)
            + "\nIf Qontak really accepts this (see shared/research/qontak.md), add a Difference to "
            + "QontakSpecDifferences.ALL with the operation, location, reason and evidence; an endpoint "
            + "the MAG subset lacks goes to QontakSpecDifferences.NOT_IN_SPEC.");
      }
    } finally {
      writeSummary();
    }
  }

  /**
   * The validator, or null when the spec is absent (the reason is printed once).
   *
   * @return the validator or null
   */
  static synchronized ContractValidator validator() {
    if (!initialised) {
      initialised = true;
      Optional<Path> file = locate();
      if (file.isEmpty()) {
        skipReason = SPEC + " not found (looked in qontak.spec.dir and every parent of "
            + Path.of("").toAbsolutePath() + "); HMAC-mode requests are not validated against the MAG spec";
        System.out.println("[qontak-contract] SKIPPED: " + skipReason);
        return null;
      }
      try {
        OpenApiSpec spec = OpenApiSpec.load(file.get(), Set.of());
        validator = new ContractValidator(spec, QontakSpecDifferences.ALL);
        specFile = file.get();
        System.out.println("[qontak-contract] validating HMAC-mode requests against " + specFile + " (OpenAPI "
            + spec.version() + ", " + spec.operations().size() + " operations, " + QontakSpecDifferences.ALL.size()
            + " recorded differences, " + QontakSpecDifferences.NOT_IN_SPEC.size() + " endpoints outside the subset)");
        Runtime.getRuntime().addShutdownHook(new Thread(QontakContract::printSummary, "qontak-contract-summary"));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("cannot read the MAG spec at " + file.get() + ": " + e.getMessage(), e);
      }
    }
    return validator;
  }

  /**
   * Where the spec file is: {@code qontak.spec.dir} (or {@code QONTAK_SPEC_DIR}), else
   * {@code shared/specs/qontak/} in the working directory or one of its parents ({@link SharedSpecs}).
   *
   * @return the file, if found
   */
  static Optional<Path> locate() {
    return SharedSpecs.locate("qontak", Path.of(SPEC).getFileName().toString()).filter(Files::isRegularFile);
  }

  /**
   * The summary so far.
   *
   * @return the text
   */
  static synchronized String summary() {
    if (validator() == null) {
      return "[qontak-contract] SKIPPED: " + skipReason;
    }
    Set<String> all = new TreeSet<>();
    validator.spec().operations().forEach(op -> all.add(op.operationId()));
    StringBuilder sb = new StringBuilder("[qontak-contract] ").append(requests).append(" HMAC-mode requests seen; ")
        .append(validated).append(" validated against ").append(specFile.getFileName()).append(", ")
        .append(violating).append(" violating; ")
        .append(NOT_IN_SPEC.values().stream().mapToInt(Integer::intValue).sum())
        .append(" to endpoints outside the MAG subset and ")
        .append(UNLISTED.values().stream().mapToInt(Integer::intValue).sum()).append(" to unlisted paths (unvalidated); ")
        .append(EXERCISED.size()).append(" of ").append(all.size()).append(" spec operations exercised; ")
        .append(ALLOWED.values().stream().mapToInt(Integer::intValue).sum()).append(" violations forgiven by ")
        .append(ALLOWED.size()).append(" of ").append(QontakSpecDifferences.ALL.size()).append(" recorded differences");
    sb.append("\nexercised:");
    EXERCISED.forEach((op, n) -> sb.append("\n  ").append(n).append("x ").append(op));
    sb.append("\noutside the MAG subset (unvalidated):");
    NOT_IN_SPEC.forEach((op, n) -> sb.append("\n  ").append(n).append("x ").append(op));
    if (!UNLISTED.isEmpty()) {
      sb.append("\nunlisted paths no spec operation matches (add them to QontakSpecDifferences.NOT_IN_SPEC):");
      UNLISTED.forEach((op, n) -> sb.append("\n  ").append(n).append("x ").append(op));
    }
    sb.append("\nallowed differences used:");
    ALLOWED.forEach((d, n) -> sb.append("\n  ").append(n).append("x ").append(d));
    all.removeAll(EXERCISED.keySet());
    sb.append("\nspec operations not exercised (").append(all.size()).append("):");
    all.forEach(op -> sb.append("\n  ").append(op));
    return sb.toString();
  }

  private static void writeSummary() {
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      try {
        Files.writeString(target.resolve("qontak-contract-summary.txt"), summary() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.out.println("[qontak-contract] cannot write the summary file: " + e.getMessage());
      }
    }
  }

  /** Prints the summary once and writes the file. */
  static void printSummary() {
    if (validator() == null || !PRINTED.compareAndSet(false, true)) {
      return;
    }
    writeSummary();
    System.out.println(summary());
  }

}
