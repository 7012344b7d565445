package org.credval.app.scoring;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.core.scoring.CredentialEvidence;
import org.credval.core.scoring.Criterion;
import org.credval.core.scoring.DataSet;
import org.credval.core.scoring.EvidenceSet;
import org.credval.core.scoring.InvalidRubricException;
import org.credval.core.scoring.Observation;
import org.credval.core.scoring.Scorer;
import org.credval.core.scoring.ScoringRun;
import org.springframework.stereotype.Service;

/**
 * Scores every active credential of a state and period under a rubric: assembles the evidence
 * from the database, hands it to the scoring engine of credval-core, and stores the run unless
 * asked not to.
 */
@Service
public class ScoringService {

  private final EvidenceAssembler assembler;
  private final PriorityOccupations priority;
  private final ScoringRuns runs;
  private final EvidenceCache cache;

  ScoringService(EvidenceAssembler assembler, PriorityOccupations priority, ScoringRuns runs, EvidenceCache cache) {
    this.assembler = assembler;
    this.priority = priority;
    this.runs = runs;
    this.cache = cache;
  }

  /**
   * What a run needs besides the rubric.
   *
   * @param allowMissing data sets the analyst accepts to score without: their criteria count as no evidence
   */
  public record Request(String state, int year, LivingWage livingWage, Set<DataSet> allowMissing) {}

  /** A scored run with the evidence it read. */
  public record Scored(RubricSource rubric, StateEvidence evidence, Set<DataSet> allowMissing, ScoringRun run) {}

  /**
   * The evidence for the request: kept from an earlier call while the data it reads is unchanged
   * ({@link EvidenceCache}), so a what-if preview does not read every table again.
   */
  public StateEvidence evidence(Request request) {
    return cache.get(request, () -> assemble(request));
  }

  /** The evidence read from the database now, bypassing the cache. */
  public StateEvidence assemble(Request request) {
    return assembler.assemble(request.state(), request.year(), request.livingWage(),
        m -> priority.ratings(m, PriorityOccupations.Options.defaults(request.livingWage())));
  }

  /** Scores; throws {@link InvalidRubricException} naming the rules whose data is not loaded. */
  public Scored score(RubricSource rubric, Request request) {
    return score(rubric, request, evidence(request));
  }

  public Scored score(RubricSource rubric, Request request, StateEvidence evidence) {
    ScoringRun run = new Scorer(rubric.rubric()).score(toCore(evidence, request.allowMissing()));
    return new Scored(rubric, evidence, request.allowMissing(), run);
  }

  /** Stores the rubric (once per digest) and the run; returns the run id. */
  public String store(Scored scored, String user) {
    return runs.save(scored, null, user);
  }

  /** Stores a what-if: its rubric as a new version derived from {@code baseDigest}, and its run. */
  public String storeDerived(Scored scored, String baseDigest, String user) {
    return runs.save(scored, baseDigest, user);
  }

  static EvidenceSet toCore(StateEvidence evidence, Set<DataSet> allowMissing) {
    Set<DataSet> loaded = EnumSet.noneOf(DataSet.class);
    evidence.dataSets().forEach(k -> DataSet.fromKey(k).ifPresent(loaded::add));
    // Data sets the analyst accepts as missing stay out of "loaded", so explanations say they are not loaded.
    Set<DataSet> missing = EnumSet.noneOf(DataSet.class);
    allowMissing.stream().filter(d -> !loaded.contains(d)).forEach(missing::add);
    List<CredentialEvidence> credentials = evidence.credentials().stream().map(c -> {
      Map<Criterion, Observation> obs = new LinkedHashMap<>();
      // A fact from a data set that is not declared loaded (the catalog's stacks, when articulation
      // agreements are not loaded) is left out, so the engine reports the criterion as no evidence.
      c.facts().values().stream().filter(Fact::present).forEach(f -> Criterion.fromKey(f.criterion())
          .filter(k -> loaded.containsAll(k.needs())).ifPresent(k -> obs.put(k, observation(f))));
      return new CredentialEvidence(c.credential().code(), c.credential().name(), c.credential().socCodes(), obs);
    }).toList();
    return new EvidenceSet(evidence.state(), String.valueOf(evidence.year()), loaded, missing, credentials);
  }

  /**
   * The fact's explanation is the scope of the figure (what it is about, and what stands in for
   * missing state data); the engine writes the figure, the threshold and the result around it.
   */
  private static Observation observation(Fact f) {
    if (f.flag() != null) {
      return Observation.flag(f.flag(), f.explanation(), f.source());
    }
    if (f.count() != null) {
      return Observation.share(f.count(), f.total(), f.explanation(), f.source());
    }
    return Observation.number(f.number(), f.explanation(), f.source());
  }
}
