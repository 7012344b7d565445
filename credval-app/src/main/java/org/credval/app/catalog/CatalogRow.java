package org.credval.app.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.credval.core.catalog.CatalogTsv;

/**
 * A credential as one catalog TSV line ({@link CatalogTsv#line}), the form in which {@code credential_change} keeps
 * the state before and after each change. Lists are joined with {@code |}; values never hold tabs,
 * line breaks or {@code |} (see {@link CredentialEdit}), so no escaping is needed.
 */
public record CatalogRow(List<String> values) {

  /** The columns, in order. */
  public static final List<String> COLUMNS = CatalogTsv.COLUMNS;

  /** A field that differs between two states of a credential; empty text stands for "no value". */
  public record FieldChange(String column, String before, String after) {}

  public CatalogRow {
    values = List.copyOf(values.stream().map(v -> v == null ? "" : v).toList());
  }

  /** Reads a stored row; rows written with another column layout still parse, without column names. */
  public static CatalogRow parse(String tsv) {
    return new CatalogRow(tsv == null ? List.of() : Arrays.asList(tsv.split("\t", -1)));
  }

  public String toTsv() {
    return String.join("\t", values);
  }

  public String get(String column) {
    int i = COLUMNS.indexOf(column);
    return i >= 0 && i < values.size() ? values.get(i) : "";
  }

  /** The fields that changed from {@code before} to this row; nothing when the layouts differ. */
  public List<FieldChange> changesFrom(CatalogRow before) {
    List<FieldChange> out = new ArrayList<>();
    if (before == null || before.values.size() != COLUMNS.size() || values.size() != COLUMNS.size()) {
      return out;
    }
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (!before.values.get(i).equals(values.get(i))) {
        out.add(new FieldChange(COLUMNS.get(i), before.values.get(i), values.get(i)));
      }
    }
    return out;
  }
}
