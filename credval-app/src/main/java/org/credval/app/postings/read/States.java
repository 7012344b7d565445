package org.credval.app.postings.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * US state (and DC and territory) names and postal codes to postal codes, from a state field
 * ("New York", "NY", "California US") or a location ("Austin, TX 78736", "Excel Norwood Campus,
 * Austin, TX, US"). A location outside the US gives no state; so does one that names none.
 */
public final class States {

  /** What a location says about the state: a postal code, none, outside the US, or not understood. */
  public enum Kind { STATE, NONE, NON_US, UNKNOWN }

  public record Lookup(Kind kind, String code) {}

  private static final String[][] NAMES = {
    {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
    {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
    {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
    {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
    {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
    {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
    {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
    {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
    {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
    {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
    {"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"VI", "Virgin Islands"},
    {"AS", "American Samoa"}, {"MP", "Northern Mariana Islands"}, {"DC", "Washington DC"}, {"DC", "Washington D.C."}
  };
  private static final Map<String, String> BY_KEY = new HashMap<>();
  private static final Set<String> COUNTRY_US = Set.of("us", "usa", "u.s.", "u.s.a.", "united states",
      "united states of america", "remote", "nationwide", "anywhere", "multiple locations", "various locations");
  private static final Set<String> ABROAD = Set.of("canada", "united kingdom", "uk", "england", "scotland", "ireland",
      "india", "singapore", "australia", "france", "germany", "netherlands", "spain", "italy", "mexico", "brazil",
      "japan", "china", "denmark", "sweden", "poland", "israel", "philippines", "new zealand", "switzerland",
      "belgium", "portugal", "austria", "norway", "finland", "hong kong", "south africa", "argentina", "colombia",
      "ontario", "british columbia", "quebec", "alberta", "london", "toronto", "vancouver", "bengaluru", "bangalore");

  static {
    for (String[] n : NAMES) {
      BY_KEY.put(n[0].toLowerCase(Locale.ROOT), n[0]);
      BY_KEY.put(key(n[1]), n[0]);
    }
  }

  private States() {}

  /** The postal code for a state name or code, or null. */
  public static String code(String nameOrCode) {
    return nameOrCode == null ? null : BY_KEY.get(key(nameOrCode));
  }

  public static Lookup lookup(String location) {
    if (location == null || location.isBlank()) {
      return new Lookup(Kind.NONE, null);
    }
    String whole = code(location);
    if (whole != null) {
      return new Lookup(Kind.STATE, whole);
    }
    String[] parts = location.split("[,;/|()]");
    boolean us = false;
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = key(parts[i]).replaceAll("\\s*\\d{5}(-\\d{4})?$", "").replaceAll("\\s+(us|usa|united states)$", "");
      if (ABROAD.contains(p)) {
        return new Lookup(Kind.NON_US, null);
      }
      if (COUNTRY_US.contains(p)) {
        us = true;
        continue;
      }
      String c = BY_KEY.get(p);
      // "Washington" alone is the state; inside "Washington, DC" the city comes first and is skipped.
      if (c != null && (p.length() == 2 || i == parts.length - 1 || i == parts.length - 2 || us)) {
        return new Lookup(Kind.STATE, c);
      }
    }
    // A trailing two-letter code that is no state is a country: "Paris, A8, FR".
    String last = parts.length > 1 ? parts[parts.length - 1].strip() : "";
    if (!us && last.matches("[A-Z]{2}")) {
      return new Lookup(Kind.NON_US, null);
    }
    if (us || COUNTRY_US.contains(key(location))) {
      return new Lookup(Kind.NONE, null);
    }
    return new Lookup(Kind.UNKNOWN, null);
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\.$", "");
  }
}
