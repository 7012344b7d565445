package org.credval.core.signals;

import java.io.Serializable;
import java.util.Locale;

/**
 * Where the counted postings are: {@code US} for every posting of the run whatever its state
 * (including postings whose state is unknown), or one state's two-letter postal code.
 */
public record Area(String key) implements Serializable {

  public static final Area US = new Area("US");

  public Area {
    if (key == null || !key.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("not an area: '" + key + "' (expected US or a two-letter state code such as NY)");
    }
  }

  public static Area parse(String raw) {
    return raw == null || raw.isBlank() ? US : new Area(raw.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether a posting in {@code state} (null when unknown) is counted in this area. */
  public boolean contains(String state) {
    return key.equals("US") || key.equals(state);
  }

  @Override
  public String toString() {
    return key;
  }
}
