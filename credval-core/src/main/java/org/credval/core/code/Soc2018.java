package org.credval.core.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 867 detailed occupations of the 2018 SOC with their titles, bundled so that core can reject
 * a code that merely looks like a SOC code and can name occupations in exports without reading
 * ../shared at run time.
 *
 * <p>Source: BLS {@code soc_2018_definitions.xlsx} (public domain), detailed rows only. A test
 * compares this list with the copy in ../shared/data/soc-2018 when that is present.
 */
public final class Soc2018 {

  private static final String RESOURCE = "soc-2018-detailed.tsv";
  private static final Map<SocCode, String> TITLES = load();

  private Soc2018() {}

  /** Whether {@code code} is a detailed occupation in SOC 2018 (groups such as 29-1140 are not). */
  public static boolean isDetailedOccupation(SocCode code) {
    return TITLES.containsKey(code);
  }

  /** The SOC 2018 title of a detailed occupation, e.g. "Nursing Assistants" for 31-1131. */
  public static Optional<String> title(SocCode code) {
    return Optional.ofNullable(TITLES.get(code));
  }

  /** All detailed occupations in code order. */
  public static Map<SocCode, String> detailedOccupations() {
    return TITLES;
  }

  private static Map<SocCode, String> load() {
    Map<SocCode, String> titles = new TreeMap<>();
    try (InputStream in = Soc2018.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        titles.put(new SocCode(line.substring(0, tab)), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(titles);
  }
}
