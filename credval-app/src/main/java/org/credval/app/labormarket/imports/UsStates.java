package org.credval.app.labormarket.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states, the District of Columbia and the territories OEWS publishes estimates for, with their
 * two-digit FIPS codes (the OEWS area code of a state) and postal abbreviations. Files that name
 * states instead of coding them are mapped through this list.
 */
final class UsStates {

  /** A state or territory: FIPS code, postal abbreviation, name as BLS writes it. */
  record UsState(String fips, String postal, String name, boolean territory) {}

  static final List<UsState> ALL = List.of(
      s("01", "AL", "Alabama"), s("02", "AK", "Alaska"), s("04", "AZ", "Arizona"), s("05", "AR", "Arkansas"),
      s("06", "CA", "California"), s("08", "CO", "Colorado"), s("09", "CT", "Connecticut"), s("10", "DE", "Delaware"),
      s("11", "DC", "District of Columbia"), s("12", "FL", "Florida"), s("13", "GA", "Georgia"), s("15", "HI", "Hawaii"),
      s("16", "ID", "Idaho"), s("17", "IL", "Illinois"), s("18", "IN", "Indiana"), s("19", "IA", "Iowa"),
      s("20", "KS", "Kansas"), s("21", "KY", "Kentucky"), s("22", "LA", "Louisiana"), s("23", "ME", "Maine"),
      s("24", "MD", "Maryland"), s("25", "MA", "Massachusetts"), s("26", "MI", "Michigan"), s("27", "MN", "Minnesota"),
      s("28", "MS", "Mississippi"), s("29", "MO", "Missouri"), s("30", "MT", "Montana"), s("31", "NE", "Nebraska"),
      s("32", "NV", "Nevada"), s("33", "NH", "New Hampshire"), s("34", "NJ", "New Jersey"), s("35", "NM", "New Mexico"),
      s("36", "NY", "New York"), s("37", "NC", "North Carolina"), s("38", "ND", "North Dakota"), s("39", "OH", "Ohio"),
      s("40", "OK", "Oklahoma"), s("41", "OR", "Oregon"), s("42", "PA", "Pennsylvania"), s("44", "RI", "Rhode Island"),
      s("45", "SC", "South Carolina"), s("46", "SD", "South Dakota"), s("47", "TN", "Tennessee"), s("48", "TX", "Texas"),
      s("49", "UT", "Utah"), s("50", "VT", "Vermont"), s("51", "VA", "Virginia"), s("53", "WA", "Washington"),
      s("54", "WV", "West Virginia"), s("55", "WI", "Wisconsin"), s("56", "WY", "Wyoming"),
      t("66", "GU", "Guam"), t("72", "PR", "Puerto Rico"), t("78", "VI", "Virgin Islands"));

  private static final Map<String, UsState> BY_KEY = new HashMap<>();

  static {
    for (UsState st : ALL) {
      BY_KEY.put(key(st.name()), st);
      BY_KEY.put(key(st.postal()), st);
      BY_KEY.put(st.fips(), st);
    }
    // Other spellings BLS and states use for the same places.
    BY_KEY.put(key("New York State"), BY_KEY.get("36"));
    BY_KEY.put(key("U.S. Virgin Islands"), BY_KEY.get("78"));
    BY_KEY.put(key("Washington, D.C."), BY_KEY.get("11"));
  }

  private UsStates() {}

  /** By name ("New York", any case), postal abbreviation ("NY") or FIPS code ("36" or "6" for California). */
  static Optional<UsState> find(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String k = nameOrCode.strip();
    if (k.length() == 1 && Character.isDigit(k.charAt(0))) {
      k = "0" + k;
    }
    UsState st = BY_KEY.get(k);
    return Optional.ofNullable(st != null ? st : BY_KEY.get(key(k)));
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static UsState s(String fips, String postal, String name) {
    return new UsState(fips, postal, name, false);
  }

  private static UsState t(String fips, String postal, String name) {
    return new UsState(fips, postal, name, true);
  }
}
