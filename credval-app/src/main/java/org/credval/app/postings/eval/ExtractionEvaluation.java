package org.credval.app.postings.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.postings.read.PostingReader;
import org.credval.app.postings.read.PostingReaders;
import org.credval.app.postings.read.PostingRecord;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.CredentialRollup;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.extract.Requirement;
import org.credval.core.postings.Posting;

/**
 * Measures credval's extractor and the two baselines against hand-labeled postings, in one run over
 * the same postings: precision and recall of (posting, credential) pairs, and level accuracy on the
 * pairs both found, overall and by credential type.
 */
public final class ExtractionEvaluation {

  /** The methods compared, in report order. */
  public static final List<String> METHODS = List.of("credval", "baseline: every hit = mentioned",
      "baseline: level from section heading");

  private final CredentialCatalog catalog;
  private final MentionExtractor extractor;
  private final Baselines baselines;

  private final Map<String, DatasetFormat> formats;

  public ExtractionEvaluation(CredentialCatalog catalog) {
    this(catalog, DatasetFormat.FORMATS);
  }

  ExtractionEvaluation(CredentialCatalog catalog, Map<String, DatasetFormat> formats) {
    this.formats = Map.copyOf(formats);
    this.catalog = catalog;
    this.extractor = new MentionExtractor(catalog);
    this.baselines = new Baselines(extractor.matcher());
  }

  /**
   * Scores by method and by credential type ("all" for the total), and credval's disagreements with
   * the labels.
   */
  public record Result(int postings, List<String> unresolved, Map<String, Map<String, Score>> scores,
      List<ExtractionError> errors) {}

  public Result run(Path labels, Path dataDir) throws IOException {
    return run(labels, dataDir, LabelHalf.ALL);
  }

  /** Scores the labeled postings of {@code half} only. */
  public Result run(Path labels, Path dataDir, LabelHalf half) throws IOException {
    List<LabeledPosting> gold = LabelFile.read(labels).stream().filter(half::contains).toList();
    Map<LabeledPosting.Key, Posting> postings = load(gold, dataDir, formats);
    Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    List<String> unresolved = new ArrayList<>();
    List<ExtractionError> errors = new ArrayList<>();
    int n = 0;
    for (LabeledPosting l : gold) {
      Posting p = postings.get(l.key());
      if (p == null) {
        unresolved.add(l.dataset() + " " + l.id());
        continue;
      }
      n++;
      Map<CredentialCode, Mention> ours = credval(p);
      Map<CredentialCode, Requirement> levels = new HashMap<>();
      ours.forEach((code, m) -> levels.put(code, m.requirement()));
      score(scores, METHODS.get(0), l.credentials(), levels);
      errors.addAll(errors(l, p, ours));
      score(scores, METHODS.get(1), l.credentials(), baselines.everyHitMentioned(p));
      score(scores, METHODS.get(2), l.credentials(), baselines.levelFromSectionHeading(p));
    }
    return new Result(n, unresolved, scores, errors);
  }

  private Map<CredentialCode, Mention> credval(Posting p) {
    Map<CredentialCode, Mention> out = new LinkedHashMap<>();
    for (Mention m : CredentialRollup.strongest(extractor.extract(p))) {
      out.put(m.code(), m);
    }
    return out;
  }

  private List<ExtractionError> errors(LabeledPosting l, Posting p, Map<CredentialCode, Mention> found) {
    List<ExtractionError> out = new ArrayList<>();
    for (Map.Entry<CredentialCode, Mention> e : found.entrySet()) {
      Requirement g = l.credentials().get(e.getKey());
      Mention m = e.getValue();
      if (g == null || g != m.requirement()) {
        out.add(new ExtractionError(l.dataset(), l.id(), g == null ? "false_positive" : "level", e.getKey().value(),
            m.credentialName(), g == null ? null : g.key(), m.requirement().key(), l.evidence().get(e.getKey()),
            m.field(), m.matchedText(), m.cue(), excerpt(p, m)));
      }
    }
    for (Map.Entry<CredentialCode, Requirement> e : l.credentials().entrySet()) {
      if (!found.containsKey(e.getKey())) {
        out.add(new ExtractionError(l.dataset(), l.id(), "false_negative", e.getKey().value(),
            catalog.byCode(e.getKey()).map(c -> c.name()).orElse(null), e.getValue().key(), null,
            l.evidence().get(e.getKey()), null, null, null, null));
      }
    }
    return out;
  }

  /** About two hundred characters either side of the mention, on one line. */
  private static String excerpt(Posting p, Mention m) {
    String text = m.field().equals(MentionExtractor.TITLE_FIELD) ? p.title() : p.sections().stream()
        .filter(s -> s.field().equals(m.field())).map(Posting.Section::text)
        .filter(t -> t.length() >= m.end() && t.substring(m.start(), m.end()).equals(m.matchedText()))
        .findFirst().orElse(null);
    if (text == null) {
      return null;
    }
    int from = Math.max(0, m.start() - 200);
    int to = Math.min(text.length(), m.end() + 200);
    return (text.substring(from, m.start()) + "[[" + m.matchedText() + "]]" + text.substring(m.end(), to))
        .replaceAll("\\s*\\n\\s*", " / ");
  }

  private void score(Map<String, Map<String, Score>> scores, String method, Map<CredentialCode, Requirement> gold,
      Map<CredentialCode, Requirement> found) {
    Map<String, Score> byType = scores.computeIfAbsent(method, k -> new TreeMap<>());
    Set<CredentialCode> all = new java.util.HashSet<>(gold.keySet());
    all.addAll(found.keySet());
    for (CredentialCode code : all) {
      Score s = new Score();
      Requirement g = gold.get(code);
      Requirement f = found.get(code);
      if (g != null && f != null) {
        s.truePositives = 1;
        s.levelCorrect = g == f ? 1 : 0;
      } else if (f != null) {
        s.falsePositives = 1;
      } else {
        s.falseNegatives = 1;
      }
      byType.computeIfAbsent("all", k -> new Score()).add(s);
      byType.computeIfAbsent(typeOf(code), k -> new Score()).add(s);
    }
  }

  private String typeOf(CredentialCode code) {
    return catalog.byCode(code).map(c -> c.type().key()).orElse("unknown");
  }

  private static Map<LabeledPosting.Key, Posting> load(List<LabeledPosting> gold, Path dataDir,
      Map<String, DatasetFormat> formats) throws IOException {
    Map<LabeledPosting.Key, Posting> out = new HashMap<>();
    Map<String, Set<String>> files = new TreeMap<>();
    gold.forEach(l -> files.computeIfAbsent(l.dataset() + "/" + l.file(), k -> new java.util.HashSet<>()).add(l.sourceId()));
    for (Map.Entry<String, Set<String>> f : files.entrySet()) {
      String dataset = f.getKey().substring(0, f.getKey().indexOf('/'));
      DatasetFormat fmt = formats.get(dataset);
      Path file = dataDir.resolve(f.getKey());
      if (fmt == null || !Files.isRegularFile(file)) {
        continue;
      }
      PostingReader reader = PostingReaders.forFormat(fmt.format(), fmt.mapping());
      Function<Posting, String> id = p -> LabeledPosting.normalize(p.sourceId());
      try (var records = reader.read(SourceFile.of(file))) {
        records.filter(PostingRecord::accepted).forEach(r -> {
          for (String key : List.of(id.apply(r.posting()), "line:" + r.line())) {
            if (f.getValue().contains(key)) {
              out.putIfAbsent(new LabeledPosting.Key(dataset, key), r.posting());
            }
          }
        });
      }
    }
    return out;
  }
}
