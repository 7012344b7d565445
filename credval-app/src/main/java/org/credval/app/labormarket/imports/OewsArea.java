package org.credval.app.labormarket.imports;

import org.credval.app.labormarket.imports.UsStates.UsState;

/**
 * An area OEWS estimates are published for, as stored in {@code oews_area}.
 *
 * <p>Codes: the nation is {@code 99}, as BLS codes it (not "US"); states and territories are their
 * two-digit FIPS codes ({@code 06}, {@code 72}); metropolitan areas their five-digit CBSA code;
 * OEWS nonmetropolitan areas their seven-digit BLS code ({@code 5300006}); regions a state defines
 * for itself are the state's FIPS code, {@code R} and the state's two-digit region number ({@code
 * 36R07}: New York City in New York DOL's labor-market regions), so they never collide with BLS
 * codes.
 *
 * @param type national, state, territory, metro, nonmetro or region
 * @param state the postal abbreviation of the state, or for an area spanning states its principal
 *     state; null for the nation
 */
record OewsArea(String code, String title, String type, String state) {

  static final String NATIONAL_CODE = "99";

  OewsArea {
    if (code == null || code.isBlank() || code.length() > 12) {
      throw new IllegalArgumentException("an OEWS area code has 1 to 12 characters: '" + code + "'");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("the area " + code + " has no name");
    }
  }

  static OewsArea national(String title) {
    return new OewsArea(NATIONAL_CODE, title == null ? "U.S." : title, "national", null);
  }

  static OewsArea of(UsState st, String title) {
    return new OewsArea(st.fips(), title == null ? st.name() : title, st.territory() ? "territory" : "state", st.postal());
  }

  static OewsArea metro(String code, String title, String state) {
    return new OewsArea(leftPad(code, 5), title, "metro", state);
  }

  static OewsArea nonmetro(String code, String title, String state) {
    return new OewsArea(leftPad(code, 7), title, "nonmetro", state);
  }

  static OewsArea region(UsState st, int number, String title) {
    return new OewsArea(st.fips() + "R" + (number < 10 ? "0" : "") + number, title, "region", st.postal());
  }

  /** The principal state of an area named like BLS names metros: "Portland-Vancouver-Hillsboro, OR-WA" is OR. */
  static String stateOfTitle(String title) {
    int comma = title == null ? -1 : title.lastIndexOf(',');
    if (comma < 0) {
      return null;
    }
    String states = title.substring(comma + 1).strip();
    return states.length() >= 2 && states.substring(0, 2).chars().allMatch(Character::isUpperCase)
        ? states.substring(0, 2) : null;
  }

  // Codes read from spreadsheets lose their leading zeros.
  static String leftPad(String code, int width) {
    String c = code.strip();
    return c.length() >= width ? c : "0".repeat(width - c.length()) + c;
  }
}
