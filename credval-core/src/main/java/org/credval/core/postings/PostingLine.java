package org.credval.core.postings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credval.core.code.SocCode;
import org.credval.core.json.JsonParser;

/**
 * Reads one line of normalized postings JSON Lines (as {@code credval extract --postings-out}
 * writes them: {@code source, source_id, employer, title, state, area, posted_on, pay, soc_code,
 * sections, structured_credentials}) back into a {@link Posting}. Engines that spread postings
 * over machines (Spark) read this form, so every engine extracts from identical postings.
 */
public final class PostingLine {

  private PostingLine() {}

  @SuppressWarnings("unchecked")
  public static Posting parse(String line) {
    Map<String, Object> m = (Map<String, Object>) JsonParser.parse(line);
    List<Posting.Section> sections = new ArrayList<>();
    for (Object o : (List<Object>) m.getOrDefault("sections", List.of())) {
      Map<String, Object> s = (Map<String, Object>) o;
      sections.add(new Posting.Section((String) s.get("field"), (String) s.get("text")));
    }
    List<Posting.StructuredCredential> creds = new ArrayList<>();
    for (Object o : (List<Object>) m.getOrDefault("structured_credentials", List.of())) {
      Map<String, Object> c = (Map<String, Object>) o;
      creds.add(new Posting.StructuredCredential((String) c.get("name"), (String) c.get("requirement")));
    }
    Map<String, Object> pay = (Map<String, Object>) m.get("pay");
    String posted = (String) m.get("posted_on");
    String soc = (String) m.get("soc_code");
    return new Posting((String) m.get("source"), (String) m.get("source_id"), (String) m.get("employer"),
        (String) m.get("title"), (String) m.get("state"), (String) m.get("area"),
        posted == null ? null : LocalDate.parse(posted),
        pay == null ? null : new Posting.Pay((BigDecimal) pay.get("min"), (BigDecimal) pay.get("max"),
            (String) pay.get("basis"), (BigDecimal) pay.get("annual_min"), (BigDecimal) pay.get("annual_max")),
        soc == null ? null : new SocCode(soc), sections, creds);
  }
}
