package dev.omnichannel.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the official provider files tests read at run time (never copied into the project):
 * {@code shared/specs/<provider>/}, looked up in the working directory and each of its parents
 * ({@code <clone>/../shared} in CI). The system property {@code <provider>.spec.dir} or the
 * environment variable {@code <PROVIDER>_SPEC_DIR} name the folder directly and are tried first.
 */
public final class SharedSpecs {

  private SharedSpecs() {}

  /**
   * The provider's specs folder, if present.
   *
   * @param provider the folder name under {@code shared/specs}, e.g. {@code chatwoot}
   * @return the folder
   */
  public static Optional<Path> locate(String provider) {
    return locate(provider, ".");
  }

  /**
   * A file or folder inside the provider's specs folder, if present: the first specs folder (the
   * overrides, then the working directory and its parents) that contains it.
   *
   * @param provider the folder name under {@code shared/specs}, e.g. {@code qontak}
   * @param relative the path inside it, e.g. {@code swagger.json} or {@code webhook-samples}
   * @return the normalised absolute path
   */
  public static Optional<Path> locate(String provider, String relative) {
    for (String dir : new String[] {System.getProperty(provider + ".spec.dir"),
        System.getenv(provider.toUpperCase(Locale.ROOT) + "_SPEC_DIR")}) {
      if (dir != null && !dir.isBlank()) {
        Optional<Path> found = existing(Path.of(dir).resolve(relative));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Optional<Path> found = existing(d.resolve("shared").resolve("specs").resolve(provider).resolve(relative));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * A sentence for a skipped test: what was looked for, and where.
   *
   * @param provider the provider folder name
   * @param relative the path inside it
   * @return the text
   */
  public static String notFound(String provider, String relative) {
    return "shared/specs/" + provider + "/" + relative + " not found (looked in " + provider + ".spec.dir, "
        + provider.toUpperCase(Locale.ROOT) + "_SPEC_DIR and every parent of " + Path.of("").toAbsolutePath() + ")";
  }

  private static Optional<Path> existing(Path p) {
    Path n = p.toAbsolutePath().normalize();
    return Files.exists(n) ? Optional.of(n) : Optional.empty();
  }
}
