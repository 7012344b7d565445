package org.credval.app.postings.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.Posting;

/** The credval-core extractor as a {@link MentionSource}: the catalog's credentials, each with its level. */
public final class CatalogMentions implements MentionSource {

  private final MentionExtractor extractor;

  public CatalogMentions(CredentialCatalog catalog) {
    this.extractor = new MentionExtractor(catalog);
  }

  @Override
  public List<Map<String, Object>> apply(Posting posting) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Mention m : extractor.extract(posting)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("posting_id", m.postingId());
      row.put("credential_code", m.code().value());
      row.put("credential_name", m.credentialName());
      row.put("requirement", m.requirement().key());
      row.put("field", m.field());
      row.put("start", m.start());
      row.put("end", m.end());
      row.put("matched_text", m.matchedText());
      row.put("cue", m.cue());
      out.add(row);
    }
    return out;
  }
}
