package org.credval.app.postings.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;

/**
 * How the columns of a job-board export (CSV, or JSON Lines with a field per column) map to a
 * posting. A properties file:
 *
 * <pre>
 * source=dice                      # the source family recorded with each posting (required)
 * source_id=job_id|id              # alternatives: the first non-empty is used; @record = record number
 * title=job_title
 * employer=company
 * employer.default=Goodwill Industries of Central Texas   # used when the column is empty
 * state=state|location             # a state name or code, or a location such as "Austin, TX 78736"
 * area=city
 * posted_on=date_posted
 * pay_min=min_salary
 * pay_max=max_salary
 * pay_basis=salary_period          # annual, hourly, daily, weekly, biweekly, monthly (or YEAR, HOUR, ...)
 * pay_text=salary                  # free text such as "$20 - $25 an hour", used when pay_min/max are empty
 * soc_code=onet_soc
 * text=description, qualifications # the text columns, in order; each becomes a section named after it
 * </pre>
 *
 * In JSON Lines a column may be a path into nested objects ({@code job_highlights.Qualifications}).
 */
public record ColumnMapping(String name, String source, Map<String, List<String>> fields, Map<String, String> defaults,
    List<String> text) {

  static final String RECORD_NUMBER = "@record";
  static final Set<String> FIELDS = Set.of("source_id", "title", "employer", "state", "area", "posted_on", "pay_min",
      "pay_max", "pay_basis", "pay_text", "soc_code");

  public ColumnMapping {
    fields = Map.copyOf(fields);
    defaults = Map.copyOf(defaults);
    text = List.copyOf(text);
  }

  public static ColumnMapping load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE, "no such mapping file: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.getFileName().toString(), in);
    }
  }

  /** A mapping shipped with credval, by name: {@code dice}, {@code goodwill}, {@code jobscraper}, {@code zapply}. */
  public static ColumnMapping builtIn(String name) throws IOException {
    try (InputStream in = ColumnMapping.class.getResourceAsStream("/org/credval/app/postings/mappings/" + name + ".properties")) {
      if (in == null) {
        throw new ImportFileException(ErrorCode.FILE_UNREADABLE, "no built-in mapping named '" + name + "'");
      }
      return parse(name, in);
    }
  }

  static ColumnMapping parse(String name, InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).strip();
      if (key.endsWith(".default")) {
        defaults.put(key.substring(0, key.length() - ".default".length()), value);
      } else if (FIELDS.contains(key) && !value.isEmpty()) {
        fields.put(key, split(value, "\\|"));
      } else if (!key.equals("source") && !key.equals("text")) {
        throw new ImportFileException(ErrorCode.FILE_WRONG_KIND, "mapping " + name + ": unknown key '" + key
            + "'; the keys are source, text, " + String.join(", ", FIELDS.stream().sorted().toList()) + " and <key>.default");
      }
    }
    String source = p.getProperty("source", "").strip();
    if (source.isEmpty()) {
      throw new ImportFileException(ErrorCode.OPTION_REQUIRED, "mapping " + name + " does not name its source: add e.g. source=dice");
    }
    if (!fields.containsKey("source_id")) {
      throw new ImportFileException(ErrorCode.OPTION_REQUIRED,
          "mapping " + name + " does not map source_id: name the id column, or source_id=@record to number the records");
    }
    List<String> text = split(p.getProperty("text", ""), ",");
    if (text.isEmpty()) {
      throw new ImportFileException(ErrorCode.OPTION_REQUIRED, "mapping " + name + " names no text column: add e.g. text=description");
    }
    return new ColumnMapping(name, source, fields, defaults, text);
  }

  /** Every column the mapping names, each as its list of alternatives. */
  List<List<String>> columns() {
    List<List<String>> out = new ArrayList<>();
    fields.values().forEach(alts -> {
      if (!alts.equals(List.of(RECORD_NUMBER))) {
        out.add(alts);
      }
    });
    text.forEach(t -> out.add(List.of(t)));
    return out;
  }

  private static List<String> split(String value, String separator) {
    return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
