package org.credval.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.postings.Posting;

/**
 * Finds the credentials a posting names, section by section, and how strongly each is asked for.
 * Compile once per catalog and share: instances are immutable and thread-safe.
 *
 * <p>A bare acronym that nothing marks as a credential (no cue, no requirement heading, no
 * "certification"-like word, no other credential listed with it, and its long name nowhere in the
 * posting) is dropped: "CCS" or "CWE" used as an organization's name looks exactly like one.
 */
public final class MentionExtractor {

  /** Field name given to mentions found in the posting's title. */
  public static final String TITLE_FIELD = "title";
  /** Field name given to the posting's structured credentials. */
  public static final String STRUCTURED_FIELD = "structured";

  private static final Pattern CREDENTIAL_WORDS = Pattern.compile(
      "\\b(?:certif\\w*|licen[cs]\\w*|credential\\w*|registered|registration)\\b", Pattern.CASE_INSENSITIVE);

  /** The cue of a credential required because the title names it as the role. */
  public static final String TITLE_CUE = "title";
  private static final Pattern TRAINING_TITLE = Pattern.compile(
      "\\b(?:trainee|student|instructor|teacher|trainer|training|school|course|class|program|apprentice|intern)s?\\b",
      Pattern.CASE_INSENSITIVE);

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
    List<Found> found = new ArrayList<>();
    Set<Credential> longForms = new HashSet<>();
    find(posting, TITLE_FIELD, posting.title(), found, longForms);
    for (Posting.Section s : posting.sections()) {
      find(posting, s.field(), s.text(), found, longForms);
    }
    List<Mention> out = new ArrayList<>();
    Set<Integer> titleAlternatives = new HashSet<>();
    for (Found f : found) {
      classify(posting.sourceId(), f, longForms, out, titleAlternatives);
    }
    titleAsRole(posting.title(), out, titleAlternatives);
    for (Posting.StructuredCredential sc : posting.structuredCredentials()) {
      structured(posting.sourceId(), sc, out);
    }
    return out;
  }

  /** The matcher this extractor uses, e.g. to time matching apart from classification. */
  public CredentialMatcher matcher() {
    return matcher;
  }

  /** One section's matches that name a single credential, with those credentials. */
  private record Found(String field, String text, List<Match> matches, List<Credential> credentials) {}

  private void find(Posting posting, String field, String text, List<Found> found, Set<Credential> longForms) {
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
        if (!m.acronym()) {
          longForms.add(c);
        }
      }
    }
    found.add(new Found(field, text, kept, resolved));
  }

  private void classify(String postingId, Found f, Set<Credential> longForms, List<Mention> out,
      Set<Integer> titleAlternatives) {
    String text = f.text();
    String[] alternation = Alternation.links(text, f.matches(), f.credentials());
    RequirementCues.SentenceCues sentence = null;
    Map<Integer, String> headings = new HashMap<>();
    for (int i = 0; i < f.matches().size(); i++) {
      Match m = f.matches().get(i);
      Credential c = f.credentials().get(i);
      RequirementClassifier.Decision d =
          classifier.classify(f.field(), text, m.start(), m.end(), alternation[i], sentence, headings);
      sentence = d.sentence();
      if (unmarkedAcronym(f, m, d, alternation[i]) && !longForms.contains(c) && !nearCredentialWords(text, m)) {
        continue;
      }
      if (alternation[i] != null && f.field().equals(TITLE_FIELD)) {
        titleAlternatives.add(out.size());
      }
      out.add(new Mention(postingId, c.code(), c.name(), d.level(), f.field(), m.start(), m.end(),
          m.textIn(text), d.cue()));
    }
  }

  /**
   * A credential in the title names the role ("Travel Nurse RN", "CDL-A Truck Driver"), so the
   * posting requires it, unless the text says otherwise or the title is about learning or
   * teaching it ("CNA Trainee", "CDL Instructor"). Other credentials joined to it by "or" in the
   * title are alternatives.
   */
  private static void titleAsRole(String title, List<Mention> out, Set<Integer> alternatives) {
    if (out.stream().noneMatch(m -> m.field().equals(TITLE_FIELD)) || TRAINING_TITLE.matcher(title).find()) {
      return;
    }
    Map<org.credval.core.code.CredentialCode, Requirement> inText = new HashMap<>();
    for (Mention m : out) {
      if (!m.field().equals(TITLE_FIELD)) {
        inText.merge(m.code(), m.requirement(), (a, b) -> a.strongerThan(b) ? a : b);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      Requirement said = inText.get(m.code());
      if (m.field().equals(TITLE_FIELD) && m.requirement() == Requirement.MENTIONED
          && (said == null || said == Requirement.MENTIONED)) {
        Requirement level = alternatives.contains(i) ? Requirement.ALTERNATIVE : Requirement.REQUIRED;
        out.set(i, new Mention(m.postingId(), m.code(), m.credentialName(), level, m.field(),
            m.start(), m.end(), m.matchedText(), TITLE_CUE));
      }
    }
  }

  private static boolean unmarkedAcronym(Found f, Match m, RequirementClassifier.Decision d, String alternation) {
    boolean listed = alternation != null || f.matches().size() > 1 && neighbourListed(f, m);
    boolean phrase = d.cue() != null && !d.cue().startsWith("section:") && !d.cue().startsWith("heading:");
    return m.acronym() && !m.qualified() && !listed && !f.field().equals(TITLE_FIELD)
        && d.level() == Requirement.MENTIONED && !phrase;
  }

  /** Whether another credential is named within a few characters, as in "CISSP, CEH, GSEC". */
  private static boolean neighbourListed(Found f, Match m) {
    for (Match other : f.matches()) {
      if (other != m && (Math.abs(other.start() - m.end()) <= 3 || Math.abs(m.start() - other.end()) <= 3)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nearCredentialWords(String text, Match m) {
    int from = SectionLayout.sentenceStart(text, m.start());
    int to = SectionLayout.sentenceEnd(text, m.end());
    return CREDENTIAL_WORDS.matcher(text).region(from, to).find();
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
