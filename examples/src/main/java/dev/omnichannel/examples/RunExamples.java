package dev.omnichannel.examples;

import dev.omnichannel.examples.chatwoot.ChatwootExample;
import dev.omnichannel.examples.core.CoreExample;
import dev.omnichannel.examples.qontak.QontakExample;
import java.util.List;
import java.util.Map;

/**
 * Runs every example and prints a transcript. Without credentials in the environment each one
 * runs against an embedded fake provider in this process, so this works on a fresh machine with
 * no network. Exits non-zero when an example fails.
 *
 * <p>Provider modules plug in here: add their example to {@link #EXAMPLES}.
 */
public final class RunExamples {

  /** Every example, in the order they run. Provider examples are added here as modules land. */
  static final List<Example> EXAMPLES = List.of(
      new CoreExample(),
      new ChatwootExample(),
      new QontakExample());

  private RunExamples() {}

  /**
   * Entry point.
   *
   * @param args optional example names to run (default: all)
   */
  public static void main(String[] args) {
    int failures = runAll(System.getenv(), List.of(args), new Transcript(System.out));
    if (failures > 0) {
      System.exit(1);
    }
  }

  /**
   * Runs the selected examples.
   *
   * @param env the environment to read credentials from
   * @param only example names to run, or empty for all
   * @param out the transcript
   * @return how many examples failed
   */
  static int runAll(Map<String, String> env, List<String> only, Transcript out) {
    int failures = 0;
    for (Example example : EXAMPLES) {
      if (!only.isEmpty() && !only.contains(example.name())) {
        continue;
      }
      boolean live = example.hasCredentials(env);
      out.section(example.name() + (live ? " (live service)" : " (embedded fake server)"));
      try {
        example.run(env, out);
        out.step("done");
      } catch (Exception e) {
        failures++;
        out.step("FAILED: " + e);
      }
    }
    return failures;
  }
}
