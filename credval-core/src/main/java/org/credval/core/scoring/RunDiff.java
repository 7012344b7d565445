package org.credval.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.credval.core.code.CredentialCode;
import org.credval.core.json.JsonWriter;

/**
 * What changed between two runs (a saved run and a what-if, or any two runs): credentials that
 * entered the list, left it, or changed tier or points. Unchanged credentials are not listed.
 */
public record RunDiff(String before, String after, List<Change> changes) {

  /** How a credential's placement moved from the first run to the second. */
  public enum Kind {
    /** Listed in the second run, not in the first (or absent from it). */
    ENTERED,
    /** Listed in the first run, not in the second (or absent from it). */
    LEFT,
    /** Listed in both, with a different tier or number of points. */
    CHANGED
  }

  /**
   * One credential's move. {@code beforePlacement}/{@code afterPlacement} are
   * {@link CredentialScore#placement()}, or "absent" when the run has no such credential.
   */
  public record Change(CredentialCode code, String name, Kind kind, String beforePlacement, String afterPlacement,
      String beforeTotal, String afterTotal) {}

  public RunDiff {
    changes = List.copyOf(changes);
  }

  /** Compares {@code a} (before) with {@code b} (after); changes are in credential code order. */
  public static RunDiff between(ScoringRun a, ScoringRun b) {
    Map<CredentialCode, CredentialScore> before = new TreeMap<>();
    a.scores().forEach(s -> before.put(s.code(), s));
    Map<CredentialCode, CredentialScore> after = new TreeMap<>();
    b.scores().forEach(s -> after.put(s.code(), s));
    TreeMap<CredentialCode, Boolean> all = new TreeMap<>();
    before.keySet().forEach(c -> all.put(c, true));
    after.keySet().forEach(c -> all.put(c, true));
    List<Change> changes = new ArrayList<>();
    for (CredentialCode code : all.keySet()) {
      CredentialScore x = before.get(code);
      CredentialScore y = after.get(code);
      boolean wasListed = x != null && x.listed();
      boolean isListed = y != null && y.listed();
      Kind kind = null;
      if (!wasListed && isListed) {
        kind = Kind.ENTERED;
      } else if (wasListed && !isListed) {
        kind = Kind.LEFT;
      } else if (wasListed && !Objects.equals(x.placement(), y.placement())) {
        kind = Kind.CHANGED;
      }
      if (kind != null) {
        changes.add(new Change(code, y != null ? y.name() : x.name(), kind, x == null ? "absent" : x.placement(),
            y == null ? "absent" : y.placement(), x == null ? null : x.total().toPlainString(),
            y == null ? null : y.total().toPlainString()));
      }
    }
    return new RunDiff(label(a), label(b), changes);
  }

  private static String label(ScoringRun r) {
    return r.rubricId() + " " + r.rubricVersion() + " " + r.state() + " " + r.period() + " "
        + r.runDigest().substring(0, 12);
  }

  public List<Change> of(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** CSV with a header row: code, name, change, before, after, before total, after total. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    RunWriters.row(sb, List.of("credential_code", "credential_name", "change", "before", "after", "before_total",
        "after_total"));
    for (Change c : changes) {
      RunWriters.row(sb, java.util.Arrays.asList(c.code().value(), c.name(),
          c.kind().name().toLowerCase(java.util.Locale.ROOT), c.beforePlacement(), c.afterPlacement(), c.beforeTotal(),
          c.afterTotal()));
    }
    return sb.toString();
  }

  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("before", before);
    m.put("after", after);
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      counts.put(k.name().toLowerCase(java.util.Locale.ROOT), of(k).size());
    }
    m.put("counts", counts);
    List<Object> list = new ArrayList<>();
    for (Change c : changes) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("code", c.code().value());
      cm.put("name", c.name());
      cm.put("change", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      cm.put("before", c.beforePlacement());
      cm.put("after", c.afterPlacement());
      cm.put("beforeTotal", c.beforeTotal());
      cm.put("afterTotal", c.afterTotal());
      list.add(cm);
    }
    m.put("changes", list);
    return JsonWriter.pretty(m);
  }
}
