package org.credval.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.credval.core.postings.Posting;

/** Hand-written postings for extraction tests. */
final class Postings {

  private Postings() {}

  /** A posting with this title and sections given as field, text, field, text, ... */
  static Posting posting(String title, String... fieldsAndTexts) {
    List<Posting.Section> sections = new ArrayList<>();
    for (int i = 0; i < fieldsAndTexts.length; i += 2) {
      sections.add(new Posting.Section(fieldsAndTexts[i], fieldsAndTexts[i + 1]));
    }
    return new Posting("test", "p-1", "Employer", title, null, null, null, null, null, sections, List.of());
  }

  static Posting structured(String name, String requirement) {
    return new Posting("jsonld", "p-2", "Employer", "Job", null, null, null, null, null, List.of(),
        List.of(new Posting.StructuredCredential(name, requirement)));
  }
}
