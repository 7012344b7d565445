package org.credval.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.credval.core.code.SocCode;

/** Reads the detailed occupations from the BLS SOC 2018 definitions CSV in shared data. */
public final class SocDefinitionsFile {

  /** Path of the file under the shared directory. */
  public static final String RELATIVE = "data/soc-2018/soc_2018_definitions.csv";

  private SocDefinitionsFile() {}

  /** Detailed rows: group, code, then a plain or quoted title, then the definition. */
  public static Map<SocCode, String> detailedOccupations(Path csv) throws IOException {
    Map<SocCode, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (!line.startsWith("Detailed,")) {
        continue;
      }
      String rest = line.substring("Detailed,".length());
      String afterCode = rest.substring(8);
      String title = afterCode.startsWith("\"")
          ? afterCode.substring(1, afterCode.indexOf("\",", 1))
          : afterCode.substring(0, afterCode.indexOf(','));
      rows.put(new SocCode(rest.substring(0, 7)), title.strip());
    }
    return rows;
  }
}
