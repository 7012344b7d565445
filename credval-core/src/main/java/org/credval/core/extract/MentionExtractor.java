package org.credval.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.postings.Posting;

/**
 * Finds the credentials a posting names, section by section, and how strongly each is asked for.
 * Compile once per catalog and share: instances are immutable and thread-safe.
 */
public final class MentionExtractor {

  /** Field name given to mentions found in the posting's title. */
  public static final String TITLE_FIELD = "title";
  /** Field name given to the posting's structured credentials. */
  public static final String STRUCTURED_FIELD = "structured";

  private final CredentialCatalog catalog;
  private final Disambiguator disambiguator;
  private final CredentialMatcher matcher;
  private final RequirementClassifier classifier = new RequirementClassifier();

  public MentionExtractor(CredentialCatalog catalog) {
    this.catalog = catalog;
    this.disambiguator = new Disambiguator(catalog);
    this.matcher = CredentialMatcher.compile(catalog, disambiguator.extraTerms());
  }

  /** Every mention in the title, each section and the structured credentials, in that order. */
  public List<Mention> extract(Posting posting) {
    List<Mention> out = new ArrayList<>();
    section(posting, TITLE_FIELD, posting.title(), out);
    for (Posting.Section s : posting.sections()) {
      section(posting, s.field(), s.text(), out);
    }
    for (Posting.StructuredCredential sc : posting.structuredCredentials()) {
      structured(posting.sourceId(), sc, out);
    }
    return out;
  }

  /** The matcher this extractor uses, e.g. to time matching apart from classification. */
  public CredentialMatcher matcher() {
    return matcher;
  }

  private void section(Posting posting, String field, String text, List<Mention> out) {
    List<Match> matches = matcher.find(text);
    if (matches.isEmpty()) {
      return;
    }
    List<Match> kept = new ArrayList<>(matches.size());
    List<Credential> resolved = new ArrayList<>(matches.size());
    for (Match m : matches) {
      Credential c = disambiguator.resolve(m, text, posting.title());
      if (c != null) {
        kept.add(m);
        resolved.add(c);
      }
    }
    String[] alternation = Alternation.links(text, kept, resolved);
    RequirementCues.SentenceCues sentence = null;
    for (int i = 0; i < kept.size(); i++) {
      Match m = kept.get(i);
      Credential c = resolved.get(i);
      RequirementClassifier.Decision d =
          classifier.classify(field, text, m.start(), m.end(), alternation[i], sentence);
      sentence = d.sentence();
      out.add(new Mention(posting.sourceId(), c.code(), c.name(), d.level(), field, m.start(), m.end(),
          m.textIn(text), d.cue()));
    }
  }

  private void structured(String postingId, Posting.StructuredCredential sc, List<Mention> out) {
    if (sc.name() == null || sc.name().isBlank()) {
      return;
    }
    Credential c = structuredCredential(sc.name());
    if (c == null) {
      return;
    }
    String raw = sc.requirement() == null ? "" : sc.requirement().strip().toLowerCase(Locale.ROOT);
    Requirement level = Requirement.fromKey(raw).orElse(Requirement.MENTIONED);
    out.add(new Mention(postingId, c.code(), c.name(), level, STRUCTURED_FIELD, 0, sc.name().length(),
        sc.name(), "structured:" + raw));
  }

  /** By exact name or alias first; otherwise the one credential the matcher finds in the name. */
  private Credential structuredCredential(String name) {
    List<Credential> exact = catalog.findByName(name);
    if (exact.size() == 1) {
      return exact.get(0);
    }
    List<Credential> found = matcher.find(name).stream()
        .filter(m -> m.candidates().size() == 1)
        .map(m -> m.candidates().get(0))
        .distinct()
        .toList();
    return found.size() == 1 ? found.get(0) : null;
  }
}
