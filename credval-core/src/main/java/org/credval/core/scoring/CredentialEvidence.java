package org.credval.core.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;

/**
 * What is known about one credential: the occupations it leads to and one {@link Observation}
 * per criterion that has evidence. A criterion with no observation is "no evidence".
 */
public record CredentialEvidence(CredentialCode code, String name, List<SocCode> occupations,
    Map<Criterion, Observation> observations) {

  public CredentialEvidence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    occupations = occupations.stream().distinct().sorted().toList();
    EnumMap<Criterion, Observation> copy = new EnumMap<>(Criterion.class);
    copy.putAll(observations);
    for (Map.Entry<Criterion, Observation> e : copy.entrySet()) {
      boolean isFlag = e.getValue().flag() != null;
      if (isFlag != e.getKey().isFlag()) {
        throw new IllegalArgumentException(code + ": " + e.getKey().key() + " takes "
            + (e.getKey().isFlag() ? "a yes/no" : "a number") + " observation");
      }
    }
    observations = Collections.unmodifiableMap(copy);
  }
}
