package org.credval.app.catalog.credit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.core.articulation.CreditImport;
import org.credval.core.articulation.CreditProblem;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What both credit importers share: the file's text, the codes to check against, and the error code of each problem. */
@Component
class CreditFiles {

  private final JdbcClient jdbc;

  CreditFiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String text(SourceFile file, String expected) throws IOException {
    String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected " + expected);
    }
    return text;
  }

  Predicate<CredentialCode> credentials() {
    Set<String> codes = new HashSet<>(jdbc.sql("select code from credential").query(String.class).list());
    return c -> codes.contains(c.value());
  }

  /** Known CIP 2020 programs, or null when no CIP list is loaded: then only the form of a code is checked. */
  Predicate<CipCode> cips() {
    Set<String> codes = new HashSet<>(jdbc.sql("select cip_code from cip_program").query(String.class).list());
    return codes.isEmpty() ? null : c -> codes.contains(c.value());
  }

  static final String CIP_NOT_CHECKED = "rows whose CIP code was checked for form only (no CIP 2020 list is loaded; credval import cip)";

  static <T> void deliver(SourceFile file, CreditImport<T> parsed, RowSink<T> sink, String expected) {
    if (parsed.wrongHeader()) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " does not look like " + expected + ": " + parsed.problems().get(0).reason());
    }
    sink.encoding("UTF-8");
    Set<Integer> bad = new HashSet<>();
    for (CreditProblem p : parsed.problems()) {
      bad.add(p.line());
      sink.reject(p.line(), p.field(), p.reason(), errorCode(p.kind()), null);
    }
    List<T> rows = parsed.rows();
    for (int i = 0; i < bad.size() + rows.size(); i++) {
      sink.read();
    }
    for (int i = 0; i < rows.size(); i++) {
      sink.accept(parsed.lines().get(i), rows.get(i));
    }
  }

  static ErrorCode errorCode(CreditProblem.Kind kind) {
    return switch (kind) {
      case HEADER -> ErrorCode.FILE_WRONG_KIND;
      case ROW_SHAPE -> ErrorCode.ROW_SHAPE;
      case UNKNOWN_CREDENTIAL -> ErrorCode.CREDIT_UNKNOWN_CREDENTIAL;
      case BAD_CIP -> ErrorCode.CREDIT_BAD_CIP;
      case UNKNOWN_CIP -> ErrorCode.CREDIT_UNKNOWN_CIP;
      case BAD_HOURS -> ErrorCode.CREDIT_BAD_HOURS;
      case BAD_DATE -> ErrorCode.CREDIT_BAD_DATE;
      case BAD_UNIT -> ErrorCode.CREDIT_BAD_UNIT;
      case BAD_IDENTIFIER -> ErrorCode.CREDIT_BAD_IDENTIFIER;
      case MISSING -> ErrorCode.CREDIT_MISSING;
      case BAD_TEXT -> ErrorCode.CREDIT_BAD_TEXT;
    };
  }
}
