package org.credval.core.postings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.credval.core.code.SocCode;

/**
 * A job posting normalized from any source (NYC Jobs CSV, USAJOBS JSON, schema.org JobPosting
 * JSON-LD, a mapped job-board export). Text is kept by section, as the source divides it, because
 * the section a credential is named in is evidence of how much it matters.
 *
 * @param source the source family, e.g. {@code nyc-jobs}, {@code usajobs}, {@code jsonld}
 * @param sourceId the source's own id of the posting (NYC Job ID, USAJOBS MatchedObjectId, …)
 * @param employer the hiring organization as written, or null
 * @param title the job title as written
 * @param state two-letter US state (postal code), or null when unknown or outside the US
 * @param area county or metro as written, or null
 * @param postedOn the date posted, or null
 * @param pay advertised pay normalized to a year, with the basis it was given in, or null
 * @param socCode the occupation code the source gives, or null (then coded from the title)
 * @param sections the text, section by section, in the source's order
 * @param structuredCredentials credentials the source states as structured data (JDX JobSchema+
 *     requirement properties), taken as given; empty for free-text sources
 */
public record Posting(
    String source,
    String sourceId,
    String employer,
    String title,
    String state,
    String area,
    LocalDate postedOn,
    Pay pay,
    SocCode socCode,
    List<Section> sections,
    List<StructuredCredential> structuredCredentials) {

  public Posting {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    if (sourceId.isBlank()) {
      throw new IllegalArgumentException("a posting needs its source's id");
    }
    title = title == null ? "" : title;
    sections = List.copyOf(sections);
    structuredCredentials = List.copyOf(structuredCredentials);
    if (state != null && !state.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("state must be a two-letter postal code, got '" + state + "'");
    }
  }

  /** The posting's text as one string, sections separated by blank lines (offsets are per section). */
  public String fullText() {
    StringBuilder s = new StringBuilder(title);
    for (Section sec : sections) {
      s.append("\n\n").append(sec.text());
    }
    return s.toString();
  }

  /**
   * One named part of a posting's text.
   *
   * @param field the source's field or heading, e.g. {@code minimum_qual_requirements},
   *     {@code preferred_skills}, {@code description}
   * @param text the text, plain (markup removed by the reader)
   */
  public record Section(String field, String text) {
    public Section {
      Objects.requireNonNull(field, "field");
      text = text == null ? "" : text;
    }
  }

  /**
   * Advertised pay: the range as given and the same range per year.
   *
   * @param basis how the source states it: {@code annual}, {@code hourly}, {@code daily},
   *     {@code weekly}, {@code monthly}
   */
  public record Pay(BigDecimal min, BigDecimal max, String basis, BigDecimal annualMin, BigDecimal annualMax) {}

  /**
   * A credential the source lists as structured data.
   *
   * @param name the credential's name as written
   * @param requirement {@code required}, {@code preferred} or {@code alternative}
   */
  public record StructuredCredential(String name, String requirement) {}
}
