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
   * always runs against its fake (or decides itself in {@link #hasCredentials(Map)}).
   *
   * @return variable names, all required
   */
  default java.util.List<String> credentialVariables() {
    return java.util.List.of();
  }

  /**
   * Whether the environment holds what this example needs to call the real service. By default:
   * every one of {@link #credentialVariables()} is set and not blank. Examples with alternative
   * credential sets (e.g. OAuth or HMAC) override this.
   *
   * @param env the environment
   * @return true to run against the real service, false for the embedded fake
   */
  default boolean hasCredentials(Map<String, String> env) {
    java.util.List<String> vars = credentialVariables();
    return !vars.isEmpty() && vars.stream().allMatch(v -> isSet(env, v));
  }

  /**
   * Whether an environment variable is set and not blank.
   *
   * @param env the environment
   * @param name the variable
   * @return true when it has a non-blank value
   */
  static boolean isSet(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }

  /**
   * Runs the example.
   *
   * @param env the environment (real credentials when {@link #hasCredentials(Map)} is true)
   * @param out where to write the transcript
   * @throws Exception when the example fails; the runner reports it and exits non-zero
   */
  void run(Map<String, String> env, Transcript out) throws Exception;
}
