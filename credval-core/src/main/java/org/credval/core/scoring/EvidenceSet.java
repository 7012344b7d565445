package org.credval.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.credval.core.code.CredentialCode;

/**
 * The input of a scoring run: for a state and period, which data sets were loaded and the
 * evidence per credential. Credentials are kept in code order so a run never depends on the
 * order the caller collected them in.
 *
 * @param acceptedMissing data sets that are not loaded but that the analyst accepts as missing for
 *     this run: criteria needing them are scored as "no evidence" (saying the data set is not
 *     loaded) instead of refusing the run
 */
public record EvidenceSet(String state, String period, Set<DataSet> loaded, Set<DataSet> acceptedMissing,
    List<CredentialEvidence> credentials) {

  /** Evidence with every data set a rubric needs loaded. */
  public EvidenceSet(String state, String period, Set<DataSet> loaded, List<CredentialEvidence> credentials) {
    this(state, period, loaded, Set.of(), credentials);
  }

  public EvidenceSet {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(period, "period");
    loaded = loaded.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(loaded));
    acceptedMissing = acceptedMissing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(acceptedMissing));
    for (DataSet d : acceptedMissing) {
      if (loaded.contains(d)) {
        throw new IllegalArgumentException("data set " + d.key() + " is declared both loaded and missing");
      }
    }
    List<CredentialEvidence> sorted = new ArrayList<>(credentials);
    sorted.sort(Comparator.comparing(CredentialEvidence::code));
    Set<CredentialCode> seen = new HashSet<>();
    for (CredentialEvidence c : sorted) {
      if (!seen.add(c.code())) {
        throw new IllegalArgumentException("credential " + c.code() + " appears twice in the evidence");
      }
      for (Criterion k : c.observations().keySet()) {
        for (DataSet d : k.needs()) {
          if (!loaded.contains(d)) {
            throw new IllegalArgumentException(c.code() + " has evidence for " + k.key() + ", which needs data set "
                + d.key() + ", but the evidence does not declare " + d.key() + " as loaded");
          }
        }
      }
    }
    credentials = List.copyOf(sorted);
  }

  /**
   * A canonical, order-independent JSON form of the evidence; its SHA-256 is the input digest of
   * a run.
   */
  public Map<String, Object> canonical() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", state);
    m.put("period", period);
    m.put("loaded", EnumSet.copyOf(loaded.isEmpty() ? EnumSet.noneOf(DataSet.class) : loaded).stream()
        .map(DataSet::key).toList());
    m.put("acceptedMissing", EnumSet.copyOf(acceptedMissing.isEmpty() ? EnumSet.noneOf(DataSet.class)
        : acceptedMissing).stream().map(DataSet::key).toList());
    List<Object> creds = new ArrayList<>();
    for (CredentialEvidence c : credentials) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("code", c.code().value());
      cm.put("name", c.name());
      cm.put("occupations", c.occupations().stream().map(Object::toString).toList());
      Map<String, Object> obs = new LinkedHashMap<>();
      c.observations().forEach((k, o) -> {
        Map<String, Object> om = new LinkedHashMap<>();
        om.put("number", o.number() == null ? null : o.number().stripTrailingZeros().toPlainString());
        om.put("flag", o.flag());
        om.put("count", o.count());
        om.put("total", o.total());
        om.put("scope", o.scope());
        om.put("source", o.source());
        om.put("statement", o.statement());
        obs.put(k.key(), om);
      });
      cm.put("observations", obs);
      creds.add(cm);
    }
    m.put("credentials", creds);
    return m;
  }
}
