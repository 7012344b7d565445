package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credval.core.json.JsonWriter;

/** The JSON and CSV forms of a run; both are deterministic (fixed order, rounding and line ends). */
final class RunWriters {

  static final List<String> CSV_HEADER = List.of("credential_code", "credential_name", "status", "placement", "tier",
      "tier_value", "points", "total", "next_step", "nearest_miss", "competes_with", "shared_occupations", "reasons",
      "explanation");

  private RunWriters() {}

  static String json(ScoringRun run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rubric", run.rubricId());
    m.put("rubricVersion", run.rubricVersion());
    m.put("outcome", run.outcome().name().toLowerCase(java.util.Locale.ROOT));
    m.put("state", run.state());
    m.put("period", run.period());
    m.put("methodVersion", run.methodVersion());
    m.put("rubricDigest", run.rubricDigest());
    m.put("inputDigest", run.inputDigest());
    m.put("runDigest", run.runDigest());
    List<Object> scores = new ArrayList<>();
    for (CredentialScore s : run.scores()) {
      scores.add(score(s));
    }
    m.put("scores", scores);
    return JsonWriter.pretty(m);
  }

  private static Map<String, Object> score(CredentialScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", s.code().value());
    m.put("name", s.name());
    m.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
    m.put("placement", s.placement());
    m.put("tier", s.tier());
    m.put("tierValue", s.tierValue());
    m.put("points", s.points());
    m.put("total", s.total());
    m.put("nextStep", s.nextStep());
    if (s.nearestMiss() == null) {
      m.put("nearestMiss", null);
    } else {
      NearestMiss n = s.nearestMiss();
      Map<String, Object> nm = new LinkedHashMap<>();
      nm.put("criterion", n.ruleId());
      nm.put("threshold", n.threshold());
      nm.put("actual", n.actual());
      nm.put("gap", n.gap());
      nm.put("text", n.text());
      m.put("nearestMiss", nm);
    }
    m.put("competesWith", s.competesWith().stream().map(c -> c.value()).toList());
    m.put("sharedOccupations", s.sharedOccupations().stream().map(Object::toString).toList());
    m.put("reasons", s.reasons());
    List<Object> criteria = new ArrayList<>();
    for (CriterionResult r : s.criteria()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("id", r.ruleId());
      cm.put("criterion", r.criterion().key());
      cm.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
      cm.put("value", r.value() != null ? r.value() : r.flag());
      cm.put("points", r.points());
      cm.put("maxPoints", r.maxPoints());
      cm.put("gate", r.gate());
      cm.put("noEvidence", r.noEvidenceRule() == null ? null : r.noEvidenceRule().key());
      cm.put("source", r.source());
      cm.put("explanation", r.explanation());
      criteria.add(cm);
    }
    m.put("criteria", criteria);
    return m;
  }

  static String csv(ScoringRun run) {
    StringBuilder sb = new StringBuilder();
    row(sb, CSV_HEADER);
    for (CredentialScore s : run.scores()) {
      List<String> cells = new ArrayList<>();
      cells.add(s.code().value());
      cells.add(s.name());
      cells.add(s.status().name().toLowerCase(java.util.Locale.ROOT));
      cells.add(s.placement());
      cells.add(s.tier());
      cells.add(plain(s.tierValue()));
      cells.add(s.points() == null ? null : s.points().toString());
      cells.add(s.total().toPlainString());
      cells.add(s.nextStep());
      cells.add(s.nearestMiss() == null ? null : s.nearestMiss().text());
      cells.add(s.competesWith().stream().map(c -> c.value()).collect(Collectors.joining(" ")));
      cells.add(s.sharedOccupations().stream().map(Object::toString).collect(Collectors.joining(" ")));
      cells.add(String.join("; ", s.reasons()));
      cells.add(s.criteria().stream().map(r -> r.ruleId() + ": " + r.explanation()).collect(Collectors.joining(" | ")));
      row(sb, cells);
    }
    return sb.toString();
  }

  static String plain(BigDecimal v) {
    return v == null ? null : v.toPlainString();
  }

  static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells.get(i)));
    }
    sb.append('\n');
  }

  /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
  static String cell(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    String s = v;
    char first = s.charAt(0);
    if ((first == '=' || first == '+' || first == '@' || (first == '-' && !isNumber(s)))) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
