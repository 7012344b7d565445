package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;

/** Hand-made evidence for scoring tests. */
final class Evidence {

  private final CredentialCode code;
  private final String name;
  private final List<SocCode> socs = new ArrayList<>();
  private final Map<Criterion, Observation> observations = new EnumMap<>(Criterion.class);

  private Evidence(String code, String name) {
    this.code = CredentialCode.parse(code);
    this.name = name;
  }

  static Evidence credential(String code, String name) {
    return new Evidence(code, name);
  }

  Evidence soc(String soc) {
    socs.add(SocCode.parse(soc));
    return this;
  }

  Evidence number(Criterion c, String value) {
    observations.put(c, Observation.number(new BigDecimal(value), "SOC 53-3032 in TX, 2025", "test data"));
    return this;
  }

  Evidence share(Criterion c, long count, long total) {
    observations.put(c, Observation.share(count, total, "SOC 53-3032 in TX, 2025", "test postings"));
    return this;
  }

  Evidence flag(Criterion c, boolean value) {
    observations.put(c, Observation.flag(value, null, "test catalog"));
    return this;
  }

  CredentialEvidence build() {
    return new CredentialEvidence(code, name, socs, observations);
  }

  static EvidenceSet all(Evidence... credentials) {
    return of(EnumSet.allOf(DataSet.class), credentials);
  }

  static EvidenceSet of(Set<DataSet> loaded, Evidence... credentials) {
    List<CredentialEvidence> list = new ArrayList<>();
    for (Evidence e : credentials) {
      list.add(e.build());
    }
    return new EvidenceSet("TX", "2025", loaded, list);
  }

  static CredentialScore score(ScoringRun run, String code) {
    return run.score(CredentialCode.parse(code)).orElseThrow();
  }
}
