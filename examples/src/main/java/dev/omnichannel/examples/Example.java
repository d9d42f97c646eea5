package dev.omnichannel.examples;

import java.util.Map;

/**
 * One runnable example. Each provider module contributes one: it runs against an embedded fake
 * of the provider (a MockWebServer in this process) unless its credentials are in the
 * environment, in which case it calls the real service.
 */
public interface Example {

  /**
   * A short name for the transcript, e.g. {@code chatwoot}.
   *
   * @return the name
   */
  String name();

  /**
   * The environment variables that switch this example to the real service; empty when it
   * always runs against its fake.
   *
   * @return variable names, all required
   */
  default java.util.List<String> credentialVariables() {
    return java.util.List.of();
  }

  /**
   * Runs the example.
   *
   * @param env the environment (real credentials when {@link #credentialVariables()} are all set)
   * @param out where to write the transcript
   * @throws Exception when the example fails; the runner reports it and exits non-zero
   */
  void run(Map<String, String> env, Transcript out) throws Exception;
}
