package org.credval.app.platform.web;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small hand-made data set for the page and API tests: two fictional occupations (45-9991,
 * 45-9992) with OEWS wages for 2023 and 2024 that include a top-coded ({@code #}) and a withheld
 * ({@code *}) value, a projection, a program, and credentials TESTX001 → TESTX002 linked by a stack.
 * Codes are chosen not to collide with real data; {@link #remove} deletes exactly what {@link
 * #insert} wrote, so the shared test database is left as it was.
 */
public final class WebFixture {

  public static final String LOAD = "test-web-fixture";
  public static final String SOC = "45-9991";
  public static final String TITLE = "Fixture Widget Assemblers";
  public static final String CREDENTIAL = "TESTX001";
  public static final String CREDENTIAL_NAME = "Fixture Widget Assembler Certificate";
  public static final String NEXT_CREDENTIAL = "TESTX002";
  public static final String NEXT_CREDENTIAL_NAME = "Fixture Advanced Widget Certification";

  private WebFixture() {}

  public static void insert(JdbcTemplate jdbc) {
    remove(jdbc);
    String now = "timestamp with time zone '2026-01-15 10:00:00+00'";
    List<String> sql = List.of(
        "insert into import_batch (load_id, kind, source_name, sha256, status, rows_read, accepted, rejected, started_at, finished_at, loaded_by)"
            + " values ('" + LOAD + "', 'oews', 'fixture_oews.csv', 'abc123', 'COMMITTED', 12, 10, 2, " + now + ", " + now + ", 'fixture-loader')",
        "insert into import_rejection (load_id, seq, file_name, line, field, reason, error_code, raw_value) values ('" + LOAD
            + "', 1, 'fixture_oews.csv', 7, 'OCC_CODE', 'not a SOC code: ''45-99X1''', 'CV-IMP-012', '45-99X1')",
        "insert into import_rejection (load_id, seq, file_name, line, field, reason, error_code, raw_value) values ('" + LOAD
            + "', 2, 'fixture_oews.csv', 9, 'A_MEDIAN', 'cannot read ''abc'' as a number', 'CV-IMP-014', 'abc')",
        "insert into soc_occupation (soc_code, title, soc_level, definition, load_id) values ('" + SOC + "', '" + TITLE
            + "', 'detailed', 'Fit together fictional widgets for software tests.', '" + LOAD + "')",
        "insert into soc_occupation (soc_code, title, soc_level, definition, load_id) values ('45-9992', 'Fixture Gadget Inspectors', 'detailed', null, '" + LOAD + "')",
        "insert into soc_direct_match_title (soc_code, title, load_id) values ('" + SOC + "', 'Sprocket Fitter Fixture', '" + LOAD + "')",
        "insert into onet_occupation (onet_code, soc_code, title, description, load_id) values ('45-9991.00', '" + SOC + "', '" + TITLE + "', null, '" + LOAD + "')",
        "insert into onet_alternate_title (onet_code, title, load_id) values ('45-9991.00', 'Zorbulator Technician', '" + LOAD + "')",
        "insert into oews_area (area_code, title, area_type, state, load_id) select '99', 'U.S.', 'national', null, '" + LOAD
            + "' where not exists (select 1 from oews_area where area_code = '99')",
        "insert into oews_area (area_code, title, area_type, state, load_id) select '53', 'Washington', 'state', 'WA', '" + LOAD
            + "' where not exists (select 1 from oews_area where area_code = '53')",
        "insert into ep_projection (period, soc_code, title, emp_base_thousands, emp_proj_thousands, change_thousands, change_percent,"
            + " openings_annual_thousands, entry_education, load_id) values ('2024-34', '" + SOC + "', '" + TITLE
            + "', 12.3, 13.5, 1.2, 9.8, 1.6, 'High school diploma or equivalent', '" + LOAD + "')",
        "insert into cip_program (cip_code, title, family, load_id) values ('48.9991', 'Fixture Widget Assembly Technology', '48', '" + LOAD + "')",
        "insert into cip_soc (cip_code, soc_code, load_id) values ('48.9991', '" + SOC + "', '" + LOAD + "')",
        credential(CREDENTIAL, CREDENTIAL_NAME, "certificate", "125.00"),
        credential(NEXT_CREDENTIAL, NEXT_CREDENTIAL_NAME, "certification", "null"),
        "insert into credential_alias (code, alias) values ('" + CREDENTIAL + "', 'FWAC')",
        "insert into credential_soc (code, soc_code) values ('" + CREDENTIAL + "', '" + SOC + "')",
        "insert into credential_soc (code, soc_code) values ('" + NEXT_CREDENTIAL + "', '" + SOC + "')",
        "insert into credential_stack (from_code, to_code) values ('" + CREDENTIAL + "', '" + NEXT_CREDENTIAL + "')");
    sql.forEach(jdbc::execute);
    // 2023 and 2024 national, 2024 Washington. The 2024 national 90th percentile is top-coded ('#'),
    // the 2023 hourly 90th percentile was withheld ('*'), Washington's employment was not published ('**').
    estimates(jdbc, 2023, "99", "employment=12340 a_median=52480 a_mean=56010 h_median=25.23 h_mean=26.93 "
        + "a_pct10=31000 a_pct25=40100 a_pct75=66000 a_pct90=88000 h_pct10=14.90 h_pct25=19.28 h_pct75=31.73 h_pct90=*");
    estimates(jdbc, 2024, "99", "employment=13450 a_median=54320 a_mean=58000 h_median=26.12 h_mean=27.88 "
        + "a_pct10=32000 a_pct25=41000 a_pct75=70000 a_pct90=# h_pct10=15.38 h_pct25=19.71 h_pct75=33.65 h_pct90=#");
    estimates(jdbc, 2024, "53", "employment=** a_median=61000 a_mean=63500 h_median=29.33 h_mean=30.53");
  }

  private static String credential(String code, String name, String type, String cost) {
    return "insert into credential (code, name, issuer, credential_type, third_party, exam_based, accreditation, industry, url,"
        + " cost_usd, hours, status, version, updated_at, updated_by) values ('" + code + "', '" + name
        + "', 'Fixture Skills Council', '" + type + "', true, true, null, 'manufacturing', null, " + cost
        + ", null, 'active', 1, timestamp with time zone '2026-01-15 10:00:00+00', 'fixture-loader')";
  }

  private static void estimates(JdbcTemplate jdbc, int year, String area, String values) {
    for (String pair : values.split(" ")) {
      String[] kv = pair.split("=");
      boolean flagged = kv[1].startsWith("*") || kv[1].startsWith("#");
      jdbc.update("insert into oews_estimate (ref_year, area_code, soc_code, measure, est_value, flag, occ_title, load_id)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?)",
          year, area, SOC, kv[0], flagged ? null : new java.math.BigDecimal(kv[1]), flagged ? kv[1] : null, TITLE, LOAD);
    }
  }

  public static void remove(JdbcTemplate jdbc) {
    List.of(
        "delete from credit_change where credential_code like 'TESTX%'",
        "delete from articulation where credential_code like 'TESTX%'",
        "delete from apprenticeship_credit where credential_code like 'TESTX%'",
        "delete from credential_change where code like 'TESTX%'",
        "delete from credential_stack where from_code like 'TESTX%' or to_code like 'TESTX%'",
        "delete from credential_soc where code like 'TESTX%'",
        "delete from credential_alias where code like 'TESTX%'",
        "delete from credential where code like 'TESTX%'",
        "delete from cip_soc where load_id = '" + LOAD + "'",
        "delete from cip_program where load_id = '" + LOAD + "'",
        "delete from ep_projection where load_id = '" + LOAD + "'",
        "delete from oews_estimate where load_id = '" + LOAD + "'",
        "delete from oews_area where load_id = '" + LOAD + "'",
        "delete from onet_alternate_title where load_id = '" + LOAD + "'",
        "delete from onet_occupation where load_id = '" + LOAD + "'",
        "delete from soc_direct_match_title where load_id = '" + LOAD + "'",
        "delete from soc_occupation where load_id = '" + LOAD + "'",
        "delete from import_rejection where load_id = '" + LOAD + "'",
        "delete from import_batch where load_id = '" + LOAD + "'").forEach(jdbc::execute);
  }
}
