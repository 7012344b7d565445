package org.credval.app.postings.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Rejection;
import org.credval.core.code.SocCode;
import org.credval.core.postings.Posting;
import org.credval.core.postings.Posting.Section;
import org.credval.core.postings.Posting.StructuredCredential;

/**
 * A posting as a reader found it, before normalization. {@link #finish} applies the rules every
 * format shares, in one place: text repaired and stripped of markup, pay to a year, state to a
 * postal code, and rejection of records without an id or without any text.
 */
final class PostingDraft {

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT), DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm:ss a", Locale.ROOT),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH));

  final String source;
  String sourceId;
  String employer;
  String title;
  String location;
  String area;
  String postedOn;
  String payMin;
  String payMax;
  String payBasis;
  String payText;
  String socCode;
  final List<Section> sections = new ArrayList<>();
  final List<StructuredCredential> credentials = new ArrayList<>();
  private final List<Rejection> notes = new ArrayList<>();
  private final List<String[]> pendingNotes = new ArrayList<>();

  PostingDraft(String source) {
    this.source = source;
  }

  void section(String field, String rawText) {
    String text = clean(rawText);
    if (text != null && !text.isBlank()) {
      sections.add(new Section(field, text));
    }
  }

  /** A value dropped without rejecting the record; reported with the record's line. */
  void note(String field, String reason, String raw) {
    pendingNotes.add(new String[] {field, reason, raw});
  }

  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Mojibake.looksMisEncoded(raw) ? Mojibake.repair(raw) : raw;
    return MarkdownText.toText(HtmlText.toText(s)).strip();
  }

  PostingRecord finish(String file, long line) {
    for (String[] n : pendingNotes) {
      notes.add(new Rejection(file, line, n[0], n[1], ErrorCode.BAD_VALUE, n[2]));
    }
    if (sourceId == null || sourceId.isBlank()) {
      return reject(file, line, "source_id", "the posting has no id", ErrorCode.MISSING_VALUE, null);
    }
    if (sections.isEmpty()) {
      return reject(file, line, "text", "the posting has no text in any of its text fields", ErrorCode.MISSING_VALUE, null);
    }
    PayOutcome pay = pay();
    if (pay.problem != null) {
      return reject(file, line, "pay", pay.problem, ErrorCode.BAD_VALUE, pay.raw);
    }
    LocalDate posted = null;
    try {
      posted = date(postedOn);
    } catch (DateTimeParseException e) {
      // A posting is evidence without its date; only period-based signals lose it.
      notes.add(new Rejection(file, line, "posted_on", "not a date (YYYY-MM-DD expected); posted date left empty", ErrorCode.BAD_VALUE, postedOn));
    }
    SocCode soc = null;
    if (socCode != null && !socCode.isBlank()) {
      try {
        String c = socCode.strip();
        // O*NET-SOC written without its dot, as JSearch does: 29206100 is 29-2061.00.
        soc = SocCode.parse(c.matches("\\d{8}") ? c.substring(0, 6) : c);
      } catch (IllegalArgumentException e) {
        notes.add(new Rejection(file, line, "soc_code", "not a SOC code; the occupation will be coded from the title", ErrorCode.BAD_CODE, socCode));
      }
    }
    Posting p = new Posting(source, sourceId.strip(), blankToNull(clean(employer)), clean(title), state(file, line), blankToNull(area),
        posted, pay.pay, soc, sections, credentials);
    return new PostingRecord(line, p, null, notes);
  }

  private String state(String file, long line) {
    States.Lookup s = States.lookup(location);
    if (s.kind() == States.Kind.UNKNOWN) {
      notes.add(new Rejection(file, line, "state", "no US state found in the location; state left empty", ErrorCode.UNKNOWN_CODE, location));
    } else if (s.kind() == States.Kind.NON_US) {
      notes.add(new Rejection(file, line, "state", "the location is outside the US; state left empty", ErrorCode.BAD_VALUE, location));
    }
    return s.code();
  }

  private record PayOutcome(Posting.Pay pay, String problem, String raw) {}

  private PayOutcome pay() {
    String raw = payText != null ? payText : (payMin + "–" + payMax + " " + payBasis);
    try {
      BigDecimal min = AnnualPay.amount(payMin);
      BigDecimal max = AnnualPay.amount(payMax);
      String basis = payBasis;
      if (min == null && max == null && payText != null) {
        PayText.Parsed t = PayText.parse(payText);
        if (t == null) {
          return new PayOutcome(null, null, raw);
        }
        min = t.min();
        max = t.max();
        basis = t.basis();
      }
      AnnualPay.Result r = AnnualPay.of(min, max, basis);
      return new PayOutcome(r.pay(), r.problem(), raw);
    } catch (NumberFormatException e) {
      return new PayOutcome(null, e.getMessage(), raw);
    }
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return LocalDate.parse(t.substring(0, 10));
    }
    if (t.matches("\\d{10}")) {
      return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(Long.parseLong(t)), java.time.ZoneOffset.UTC).toLocalDate();
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.from(f.parse(t));
      } catch (DateTimeParseException e) {
        // try the next layout
      }
    }
    throw new DateTimeParseException("not a date", t, 0);
  }

  private PostingRecord reject(String file, long line, String field, String reason, ErrorCode code, String raw) {
    return PostingRecord.rejected(new Rejection(file, line, field, reason, code, raw));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
