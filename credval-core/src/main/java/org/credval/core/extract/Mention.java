package org.credval.core.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.credval.core.code.CredentialCode;
import org.credval.core.json.JsonWriter;

/**
 * One credential named in one section of a posting, with the level it is asked for and the evidence.
 *
 * @param postingId the source's own id of the posting
 * @param field the section the mention sits in ({@code title}, a source field, or {@code structured})
 * @param start offset of the first matched character in that section's text
 * @param end offset just past the last matched character
 * @param matchedText the section text from {@code start} to {@code end}
 * @param cue the phrase that decided the level as written in the posting, {@code section:<field>}
 *     or {@code heading:<heading>} when the section decided, {@code structured:<level>} for
 *     structured data, or null when nothing did (the level is then {@code mentioned})
 */
public record Mention(
    String postingId,
    CredentialCode code,
    String credentialName,
    Requirement requirement,
    String field,
    int start,
    int end,
    String matchedText,
    String cue) {

  public Mention {
    Objects.requireNonNull(postingId, "postingId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(credentialName, "credentialName");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(matchedText, "matchedText");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** This mention as one line of {@code credval extract} output, without a line end. */
  public String toJsonLine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("posting_id", postingId);
    m.put("credential_code", code.value());
    m.put("credential_name", credentialName);
    m.put("requirement", requirement.key());
    m.put("field", field);
    m.put("start", start);
    m.put("end", end);
    m.put("matched_text", matchedText);
    m.put("cue", cue);
    return JsonWriter.compact(m);
  }
}
