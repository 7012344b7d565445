package org.credval.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.credval.core.code.CredentialCode;

/**
 * Reads and writes the catalog as UTF-8 tab-separated text: one header line naming {@link #COLUMNS}
 * in that order, then one credential per line. Lists are {@code |}-separated; an empty cell is an
 * empty list or an unknown value. Writing then reading gives back an equal catalog, and reading
 * then writing a file this class wrote gives back the same bytes.
 */
public final class CatalogTsv {

  /** The column order. {@code status} is {@code active} or {@code retired}. */
  public static final List<String> COLUMNS = List.of("code", "name", "aliases", "issuer", "type",
      "third_party", "exam_based", "accreditation", "soc_codes", "cost_usd", "hours", "stacks_to",
      "industry", "url", "status");

  private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d{1,2})?");
  private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,6}");

  private CatalogTsv() {}

  public static CatalogImport read(String text) {
    try {
      return read(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads every row, collecting problems instead of stopping at the first. */
  public static CatalogImport read(Reader in) throws IOException {
    return read(in, Set.of());
  }

  /**
   * Reads a catalog file that may link ({@code stacks_to}) to credentials already known elsewhere,
   * such as those stored in a database.
   */
  public static CatalogImport read(Reader in, Set<CredentialCode> known) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    String header = reader.readLine();
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    String expected = String.join("\t", COLUMNS);
    if (!expected.equals(header)) {
      return new CatalogImport(List.of(), List.of(new CatalogProblem(1, "header",
          "the first line must name the columns, tab-separated, in this order: " + String.join(", ", COLUMNS))));
    }
    List<Credential> credentials = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<CatalogProblem> problems = new ArrayList<>();
    Set<CredentialCode> rejected = new HashSet<>();
    int lineNo = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      TsvRow row = new TsvRow(lineNo, line.split("\t", -1), problems);
      if (row.cells().length != COLUMNS.size()) {
        problems.add(new CatalogProblem(lineNo, "row", "expected " + COLUMNS.size()
            + " tab-separated columns, found " + row.cells().length));
        continue;
      }
      Credential c = row.toCredential();
      if (c == null) {
        row.code().ifPresent(rejected::add);
      } else {
        credentials.add(c);
        lines.add(lineNo);
      }
    }
    rejected.addAll(known);
    for (CatalogRules.Violation v : CatalogRules.check(credentials, rejected)) {
      problems.add(new CatalogProblem(lines.get(v.index()), v.field(), v.reason()));
    }
    problems.sort(Comparator.comparingInt(CatalogProblem::line));
    return new CatalogImport(credentials, problems, lines);
  }

  public static String write(CredentialCatalog catalog) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.join("\t", COLUMNS)).append('\n');
    for (Credential c : catalog.all()) {
      sb.append(String.join("\t", cells(c))).append('\n');
    }
    return sb.toString();
  }

  public static void write(CredentialCatalog catalog, Writer out) throws IOException {
    out.write(write(catalog));
    out.flush();
  }

  /** One credential as a catalog line without the line end, e.g. for an edit history. */
  public static String line(Credential c) {
    return String.join("\t", cells(c));
  }

  private static List<String> cells(Credential c) {
    return Arrays.asList(
        c.code().value(), c.name(), String.join("|", c.aliases()), c.issuer(), c.type().key(),
        String.valueOf(c.thirdParty()), String.valueOf(c.examBased()),
        String.join("|", c.accreditations()), joined(c.socCodes()),
        c.costUsd() == null ? "" : c.costUsd().toPlainString(),
        c.hours() == null ? "" : c.hours().toString(),
        joined(c.stacksTo()), c.industry(), c.url() == null ? "" : c.url(), c.status().key());
  }

  private static String joined(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining("|"));
  }

  static BigDecimal money(String s) {
    return MONEY.matcher(s).matches() ? new BigDecimal(s) : null;
  }

  static Integer count(String s) {
    return COUNT.matcher(s).matches() ? Integer.valueOf(s) : null;
  }
}
