package org.credval.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the real public data in ../shared/data. Tests that need it skip, saying where they
 * looked, when it is absent; in CI it is always present.
 */
public final class SharedData {

  private SharedData() {}

  /** Candidate shared directories in the order they are tried. */
  public static List<Path> candidates() {
    List<Path> dirs = new ArrayList<>();
    String configured = System.getProperty("credval.shared.dir");
    if (configured != null && !configured.isBlank()) {
      dirs.add(Path.of(configured));
    }
    dirs.add(Path.of("../../shared"));
    dirs.add(Path.of("../shared"));
    return dirs.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
  }

  /** The file at {@code relative} under the first shared directory that has it. */
  public static Optional<Path> file(String relative) {
    return candidates().stream().map(d -> d.resolve(relative)).filter(Files::isRegularFile).findFirst();
  }

  /** A message for {@code Assumptions.assumeTrue} naming what was missing and where it looked. */
  public static String missing(String relative) {
    return relative + " not found under " + candidates()
        + " (set -Dcredval.shared.dir to the shared directory)";
  }
}
