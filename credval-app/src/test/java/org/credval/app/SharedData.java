package org.credval.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data files of the shared data folder: {@code -Dcredval.shared.dir} (the POM sets
 * it), or {@code ../shared} next to the repository. Tests that need a file are skipped, saying so,
 * when it is absent; in CI it is always present.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder, whether or not it exists. */
  public static Path dir() {
    String configured = System.getProperty("credval.shared.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    return (p == null ? Path.of("..") : p.resolve("..")).resolve("shared").toAbsolutePath().normalize();
  }

  /** The {@code data/} folder, or the test is skipped when it does not hold {@code expected}. */
  public static Path data(String expected) {
    Path data = dir().resolve("data");
    assumeTrue(Files.isDirectory(data.resolve(expected)), "shared data not found at " + data + ": " + expected);
    return data;
  }

  /** The file at {@code relative} under {@code data/}, or the test is skipped. */
  public static Path file(String relative) {
    Path f = dir().resolve("data").resolve(relative);
    assumeTrue(Files.isRegularFile(f), "shared data not found at " + dir() + ": " + relative);
    return f;
  }
}
