package org.credval.core.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rubrics shipped with credval, modeled on published state schemes. Each file's
 * {@code basedOn} names the rule it mirrors and {@code simplifications} says where credval
 * simplifies; credval-core/docs/scoring.md has the details.
 */
public final class RubricPresets {

  /** The preset names, e.g. for {@code --rubric preset:texas}. */
  public static final List<String> NAMES = List.of("texas", "ohio", "louisiana", "tennessee", "florida");

  private RubricPresets() {}

  /** The preset's file text, as an analyst would copy and edit it. */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no preset \"" + name + "\"; presets: " + String.join(", ", NAMES));
    }
    String resource = "presets/" + name + ".json";
    try (InputStream in = RubricPresets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("preset resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed preset. */
  public static Rubric load(String name) {
    return RubricParser.parse(text(name), name + ".json");
  }

  /** The published JSON Schema of the rubric format (identical to docs/rubric.schema.json). */
  public static String schema() {
    try (InputStream in = RubricPresets.class.getResourceAsStream("rubric.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
