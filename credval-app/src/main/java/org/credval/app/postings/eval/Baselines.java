package org.credval.app.postings.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.credval.core.catalog.Credential;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.CredentialMatcher;
import org.credval.core.extract.Match;
import org.credval.core.extract.Requirement;
import org.credval.core.postings.Posting;

/**
 * The two simple methods credval's extractor is measured against, using the same dictionary:
 * every dictionary hit counted as {@code mentioned}; and every hit given the level that the heading
 * of its section suggests ("minimum qualifications" → required, "preferred" → preferred).
 */
final class Baselines {

  private final CredentialMatcher matcher;

  Baselines(CredentialMatcher matcher) {
    this.matcher = matcher;
  }

  Map<CredentialCode, Requirement> everyHitMentioned(Posting p) {
    Map<CredentialCode, Requirement> out = new HashMap<>();
    forEachHit(p, (code, field) -> out.put(code, Requirement.MENTIONED));
    return out;
  }

  Map<CredentialCode, Requirement> levelFromSectionHeading(Posting p) {
    Map<CredentialCode, Requirement> out = new HashMap<>();
    forEachHit(p, (code, field) -> out.merge(code, fromHeading(field), (a, b) -> a.strongerThan(b) ? a : b));
    return out;
  }

  static Requirement fromHeading(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    if (f.contains("prefer") || f.contains("desir") || f.contains("plus")) {
      return Requirement.PREFERRED;
    }
    if (f.contains("require") || f.contains("minimum") || f.contains("qualif") || f.contains("must")) {
      return Requirement.REQUIRED;
    }
    return Requirement.MENTIONED;
  }

  private void forEachHit(Posting p, java.util.function.BiConsumer<CredentialCode, String> each) {
    hits(p.title(), "title", each);
    for (Posting.Section s : p.sections()) {
      hits(s.text(), s.field(), each);
    }
  }

  private void hits(String text, String field, java.util.function.BiConsumer<CredentialCode, String> each) {
    for (Match m : matcher.find(text)) {
      for (Credential c : m.candidates()) {
        each.accept(c.code(), field);
      }
    }
  }
}
