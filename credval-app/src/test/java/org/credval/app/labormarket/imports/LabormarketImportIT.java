package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the labor-market import tests: the application on the database under test, emptied of
 * labor-market rows and of the loads of these kinds before each test, so tests do not depend on
 * each other's order or on earlier runs against the same database.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class LabormarketImportIT {

  static final List<String> KINDS = List.of("soc", "soc-titles", "onet-occupations", "onet-titles", "oews", "ep", "cip", "cip-soc");
  private static final List<String> TABLES = List.of("soc_occupation", "soc_direct_match_title", "onet_occupation",
      "onet_alternate_title", "oews_area", "oews_estimate", "ep_projection", "cip_program", "cip_soc");

  @Autowired ImportService imports;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyTheLabormarketTables() {
    TABLES.forEach(t -> jdbc.update("delete from " + t));
    String kinds = kinds();
    jdbc.update("delete from import_rejection where load_id in (select load_id from import_batch where kind in (" + kinds + "))");
    jdbc.update("delete from import_batch where kind in (" + kinds + ")");
  }

  /** The kinds of {@link #KINDS} as an SQL list; other features' loads share the database. */
  static String kinds() {
    return String.join(", ", KINDS.stream().map(k -> "'" + k + "'").toList());
  }

  ImportReport load(String kind, Path file) throws IOException {
    return load(kind, file, Map.of());
  }

  ImportReport load(String kind, Path file, Map<String, String> options) throws IOException {
    return imports.run(kind, file, options, false, "test", ProgressListener.NONE);
  }

  int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }
}
