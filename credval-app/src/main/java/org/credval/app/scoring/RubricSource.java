package org.credval.app.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credval.core.scoring.Rubric;
import org.credval.core.scoring.RubricParser;
import org.credval.core.scoring.RubricPresets;

/**
 * A rubric as given by an analyst: a preset's name ({@code texas} or {@code preset:texas}) or a
 * rubric file, with its text kept as written so that it can be stored and shown again.
 *
 * @param preset the preset's name, or null for a file
 */
public record RubricSource(Rubric rubric, String text, String preset) {

  /** Reads {@code arg}: a file when one exists at that path, else a preset name. */
  public static RubricSource of(String arg) throws IOException {
    String name = arg.startsWith("preset:") ? arg.substring("preset:".length()) : arg;
    Path file = Path.of(arg);
    if (!arg.startsWith("preset:") && Files.isRegularFile(file)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new RubricSource(RubricParser.parse(text, file.toString()), text, null);
    }
    if (!RubricPresets.NAMES.contains(name)) {
      throw new IllegalArgumentException("--rubric " + arg + ": no such file, and no preset of that name (presets: "
          + String.join(", ", RubricPresets.NAMES) + ")");
    }
    return new RubricSource(RubricPresets.load(name), RubricPresets.text(name), name);
  }

  /** A rubric from text typed or edited in the web form. */
  public static RubricSource text(String text, String sourceName) {
    return new RubricSource(RubricParser.parse(text, sourceName), text, null);
  }
}
