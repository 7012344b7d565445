package org.credval.app.postings.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.postings.Posting;

/** A normalized posting as a JSON-ready map with snake_case keys, for {@code --postings-out}. */
public final class PostingJson {

  private PostingJson() {}

  public static Map<String, Object> of(Posting p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", p.source());
    m.put("source_id", p.sourceId());
    m.put("employer", p.employer());
    m.put("title", p.title());
    m.put("state", p.state());
    m.put("area", p.area());
    m.put("posted_on", p.postedOn() == null ? null : p.postedOn().toString());
    if (p.pay() != null) {
      Map<String, Object> pay = new LinkedHashMap<>();
      pay.put("min", p.pay().min());
      pay.put("max", p.pay().max());
      pay.put("basis", p.pay().basis());
      pay.put("annual_min", p.pay().annualMin());
      pay.put("annual_max", p.pay().annualMax());
      m.put("pay", pay);
    } else {
      m.put("pay", null);
    }
    m.put("soc_code", p.socCode() == null ? null : p.socCode().value());
    m.put("sections", p.sections().stream().map(s -> Map.of("field", s.field(), "text", s.text())).toList());
    List<Map<String, String>> creds = p.structuredCredentials().stream()
        .map(c -> Map.of("name", c.name(), "requirement", c.requirement())).toList();
    m.put("structured_credentials", creds);
    return m;
  }
}
