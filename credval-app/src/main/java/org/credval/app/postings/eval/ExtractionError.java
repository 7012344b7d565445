package org.credval.app.postings.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.credval.core.json.JsonWriter;

/**
 * One disagreement between credval and the labels, with the text an analyst needs to judge it: a
 * pair credval found that the label lacks, a labeled pair it missed, or a pair it found at another
 * level.
 *
 * @param kind {@code false_positive}, {@code false_negative} or {@code level}
 * @param labeled the labeled level, or null for a false positive
 * @param found credval's level, or null for a false negative
 * @param evidence the label's evidence phrase, or null
 * @param field the section of the deciding mention, or null for a false negative
 * @param matchedText the deciding mention's text, or null
 * @param cue the phrase that decided credval's level, or null
 * @param excerpt the text around the deciding mention on one line, or null
 */
public record ExtractionError(String dataset, String id, String kind, String code, String credentialName,
    String labeled, String found, String evidence, String field, String matchedText, String cue, String excerpt) {

  /** This error as one JSON line, without a line end. */
  public String toJsonLine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", dataset);
    m.put("id", id);
    m.put("kind", kind);
    m.put("credential_code", code);
    m.put("credential_name", credentialName);
    m.put("labeled", labeled);
    m.put("found", found);
    m.put("evidence", evidence);
    m.put("field", field);
    m.put("matched_text", matchedText);
    m.put("cue", cue);
    m.put("excerpt", excerpt);
    return JsonWriter.compact(m);
  }
}
