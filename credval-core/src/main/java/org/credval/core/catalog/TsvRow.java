package org.credval.core.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocLevel;
import org.credval.core.code.SocCode;

/** One data line of the catalog TSV, turned into a credential or into problems for each bad cell. */
final class TsvRow {

  private final int line;
  private final String[] cells;
  private final List<CatalogProblem> problems;
  private int found;

  TsvRow(int line, String[] cells, List<CatalogProblem> problems) {
    this.line = line;
    this.cells = cells;
    this.problems = problems;
  }

  String[] cells() {
    return cells;
  }

  /** The row's code when it is well formed, even if the row is rejected for another reason. */
  Optional<CredentialCode> code() {
    try {
      return Optional.of(new CredentialCode(cell("code")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The credential, or {@code null} after recording every problem found in the row. */
  Credential toCredential() {
    CredentialCode code = parse("code", CredentialCode::new);
    CredentialType type = CredentialType.fromKey(cell("type")).orElse(null);
    if (type == null) {
      problem("type", "unknown type '" + cell("type") + "' (expected one of "
          + Arrays.stream(CredentialType.values()).map(CredentialType::key).collect(Collectors.joining(", ")) + ")");
    }
    boolean thirdParty = bool("third_party");
    boolean examBased = bool("exam_based");
    List<SocCode> socs = list("soc_codes", this::soc);
    BigDecimal cost = optional("cost_usd", CatalogTsv::money, "a dollar amount such as 129 or 129.50");
    Integer hours = optional("hours", CatalogTsv::count, "a whole number of hours above zero");
    List<CredentialCode> stacks = list("stacks_to", CredentialCode::new);
    CredentialStatus status = CredentialStatus.fromKey(cell("status")).orElse(null);
    if (status == null) {
      problem("status", "unknown status '" + cell("status") + "' (expected active or retired)");
    }
    List<String> aliases = list("aliases", s -> s);
    List<String> accreditations = list("accreditation", s -> s);
    if (found > 0) {
      return null;
    }
    String url = cell("url").isEmpty() ? null : cell("url");
    try {
      return new Credential(code, cell("name"), aliases, cell("issuer"), type, thirdParty, examBased,
          accreditations, socs, cost, hours, stacks, cell("industry"), url, status);
    } catch (CredentialFieldException e) {
      problem(e.field(), e.reason());
      return null;
    }
  }

  private SocCode soc(String raw) {
    SocCode soc = new SocCode(raw);
    if (soc.level() != SocLevel.DETAILED) {
      throw new IllegalArgumentException(raw + " is a SOC group, not a detailed occupation"
          + " (see https://www.bls.gov/soc/2018/)");
    }
    return soc;
  }

  private boolean bool(String field) {
    String v = cell(field);
    if (!v.equals("true") && !v.equals("false")) {
      problem(field, "'" + v + "' is not true or false");
    }
    return v.equals("true");
  }

  private <T> T optional(String field, Function<String, T> parser, String expected) {
    String v = cell(field);
    if (v.isEmpty()) {
      return null;
    }
    T value = parser.apply(v);
    if (value == null) {
      problem(field, "'" + v + "' is not " + expected + "; leave the cell empty when unknown");
    }
    return value;
  }

  private <T> T parse(String field, Function<String, T> parser) {
    try {
      return parser.apply(cell(field));
    } catch (IllegalArgumentException e) {
      problem(field, e.getMessage());
      return null;
    }
  }

  private <T> List<T> list(String field, Function<String, T> parser) {
    String v = cell(field);
    List<T> out = new ArrayList<>();
    if (v.isEmpty()) {
      return out;
    }
    for (String item : v.split("\\|", -1)) {
      if (item.isBlank()) {
        problem(field, "empty item in '" + v + "' (remove the extra '|')");
        continue;
      }
      try {
        out.add(parser.apply(item));
      } catch (IllegalArgumentException e) {
        problem(field, e.getMessage());
      }
    }
    return out;
  }

  private String cell(String column) {
    return cells[CatalogTsv.COLUMNS.indexOf(column)];
  }

  private void problem(String field, String reason) {
    found++;
    problems.add(new CatalogProblem(line, field, reason));
  }
}
