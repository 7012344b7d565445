package org.credval.app.postings.eval;

import java.util.Map;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.Requirement;

/**
 * One hand-labeled posting of the gold set: which catalog credentials a person read in it and at
 * what level. The posting itself stays in the public data folder; the label names it by dataset,
 * file and the record's own id.
 */
record LabeledPosting(String dataset, String file, String idField, String id, Map<CredentialCode, Requirement> credentials,
    Map<CredentialCode, String> evidence) {

  LabeledPosting {
    credentials = Map.copyOf(credentials);
    evidence = Map.copyOf(evidence);
  }

  /** The id as the posting readers give it ({@code sourceId}). */
  String sourceId() {
    if (idField.equals("line")) {
      // a record without an id of its own is named by its line in the file
      return "line:" + id.strip();
    }
    if (dataset.equals("job-postings-dice-tech-sample")) {
      // the labels use the file's unnamed row index (from 0); the reader numbers records from 1
      return Long.toString(Long.parseLong(id) + 1);
    }
    return normalize(id);
  }

  static String normalize(String id) {
    return id.strip().toLowerCase(java.util.Locale.ROOT).replace('|', '-');
  }

  record Key(String dataset, String sourceId) {}

  Key key() {
    return new Key(dataset, sourceId());
  }
}
