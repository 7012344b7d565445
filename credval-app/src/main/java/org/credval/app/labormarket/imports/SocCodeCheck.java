package org.credval.app.labormarket.imports;

import java.util.Set;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.RowSink;
import org.credval.core.code.SocCode;

/**
 * Checks the SOC codes in a publisher's rows against the SOC 2018 codes already loaded.
 *
 * <p>The rule, the same for OEWS, Employment Projections, the CIP-SOC crosswalks and the title
 * files:
 *
 * <ol>
 *   <li>A code that cannot be read as {@code NN-NNNN} (also accepted: {@code NNNNNN} and O*NET's
 *       {@code NN-NNNN.NN}) is rejected as {@link ErrorCode#BAD_CODE}.
 *   <li>While no SOC file is loaded, every well-formed code is accepted: there is nothing to check
 *       against, and the load order of a data folder puts SOC first.
 *   <li>A code in SOC 2018 is accepted.
 *   <li>A code not in SOC 2018 whose major group ({@code NN-0000}) is in SOC 2018 is accepted as a
 *       publisher's aggregate and named in the report's notes. OEWS and EP publish such codes where
 *       they combine detailed occupations (21-1018, 25-2052, 25-9045, 51-2028, 53-1047); the
 *       California COE crosswalk uses Lightcast's (13-1028, 29-2018, 31-1128) and 55-9999 for
 *       military-only occupations.
 *   <li>Any other code (a major group SOC does not have, such as 98-1234) is rejected as {@link
 *       ErrorCode#UNKNOWN_CODE}.
 * </ol>
 *
 * <p>Callers decide first what to do with the codes that mean "no occupation": {@code 00-0000}
 * (all occupations) and {@code 99-9999} (no match in a crosswalk).
 *
 * @param known the loaded SOC 2018 codes at every level; empty when none are loaded
 */
record SocCodeCheck(Set<String> known) {

  static final String ALL_OCCUPATIONS = "00-0000";
  static final String NO_MATCH = "99-9999";

  SocCodeCheck {
    known = Set.copyOf(known);
  }

  /** The code when it passes the rule; otherwise rejects the row in {@code sink} and returns null. */
  SocCode accept(RowSink<?> sink, long line, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      sink.reject(line, field, "the SOC code is missing", ErrorCode.MISSING_VALUE, raw);
      return null;
    }
    SocCode code;
    try {
      code = SocCode.parse(raw);
    } catch (IllegalArgumentException e) {
      sink.reject(line, field, e.getMessage(), ErrorCode.BAD_CODE, raw);
      return null;
    }
    if (known.isEmpty() || known.contains(code.value())) {
      return code;
    }
    if (known.contains(code.majorGroup().value())) {
      sink.note("codes not in SOC 2018 kept as publisher's aggregates", code.value());
      return code;
    }
    sink.reject(line, field, "SOC code " + code + " is not in SOC 2018 and its major group " + code.majorGroup()
        + " is not either; correct the code or load the SOC file it comes from", ErrorCode.UNKNOWN_CODE, raw);
    return null;
  }
}
