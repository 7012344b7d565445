package org.credval.app.postings.eval;

import java.util.Map;

/** The evaluation as Markdown tables, for the console and docs/PERFORMANCE.md. */
public final class EvaluationReport {

  private EvaluationReport() {}

  public static String markdown(ExtractionEvaluation.Result r) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("Postings scored: %d%s%n%n", r.postings(),
        r.unresolved().isEmpty() ? "" : " (" + r.unresolved().size() + " labels not found in the data: " + r.unresolved() + ")"));
    s.append("| method | precision | recall | level accuracy | TP | FP | FN |\n|---|---|---|---|---|---|---|\n");
    for (String method : ExtractionEvaluation.METHODS) {
      Score a = r.scores().getOrDefault(method, Map.of()).get("all");
      if (a != null) {
        s.append(row(method, a));
      }
    }
    s.append("\nBy credential type (credval / every hit / section heading), precision · recall · level accuracy:\n\n");
    s.append("| type | credval | every hit = mentioned | level from heading |\n|---|---|---|---|\n");
    Map<String, Score> ours = r.scores().getOrDefault(ExtractionEvaluation.METHODS.get(0), Map.of());
    for (String type : ours.keySet()) {
      if (type.equals("all")) {
        continue;
      }
      s.append("| ").append(type);
      for (String method : ExtractionEvaluation.METHODS) {
        Score x = r.scores().getOrDefault(method, Map.of()).get(type);
        s.append(" | ").append(x == null ? "n/a" : Score.text(x.precision()) + " · " + Score.text(x.recall()) + " · "
            + Score.text(x.levelAccuracy()) + " (" + (x.truePositives + x.falseNegatives) + " labeled)");
      }
      s.append(" |\n");
    }
    return s.toString();
  }

  private static String row(String method, Score a) {
    return String.format("| %s | %s | %s | %s | %d | %d | %d |%n", method, Score.text(a.precision()),
        Score.text(a.recall()), Score.text(a.levelAccuracy()), a.truePositives, a.falsePositives, a.falseNegatives);
  }
}
