package org.credval.core.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credval.core.json.JsonPosition;
import org.credval.core.json.JsonSyntaxException;
import org.credval.core.json.JsonTree;
import org.credval.core.json.JsonWriter;

/**
 * Reads a rubric file (JSON, format 1, schema in {@code docs/rubric.schema.json}) and checks
 * everything that can be checked without evidence: unknown keys and criteria, types, ranges,
 * overlapping bands and tiers, references between tiers and criteria. All problems are collected
 * and reported together, each with its error code, key, line and column.
 */
public final class RubricParser {

  /** The only rubric format version this release reads. */
  public static final int FORMAT = 1;

  static final List<String> TOP_KEYS = List.of("$schema", "format", "id", "version", "title", "basedOn",
      "simplifications", "outcome", "noEvidence", "criteria", "tiers", "points");
  static final List<String> RULE_KEYS = List.of("id", "criterion", "label", "weight", "min", "max", "expect",
      "points", "bands", "gate", "noEvidence");
  static final List<String> BAND_KEYS = List.of("from", "to", "points");
  static final List<String> TIER_KEYS = List.of("name", "from", "to", "value", "requires");
  static final List<String> POINTS_KEYS = List.of("min", "max");

  private final JsonTree tree;
  private final List<RubricProblem> problems = new ArrayList<>();

  private RubricParser(JsonTree tree) {
    this.tree = tree;
  }

  /** Reads a rubric file as UTF-8; {@code source} in messages is the file name. */
  public static Rubric parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Parses rubric text.
   *
   * @param source the name messages use for the text, e.g. a file name
   * @throws InvalidRubricException listing every problem found
   */
  public static Rubric parse(String text, String source) {
    JsonTree tree;
    try {
      tree = JsonTree.parse(text);
    } catch (JsonSyntaxException e) {
      String reason = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
      throw new InvalidRubricException(source, List.of(
          new RubricProblem(RubricErrorCode.SYNTAX, "", e.line(), e.column(), reason)));
    }
    RubricParser parser = new RubricParser(tree);
    Rubric rubric = parser.rubric();
    if (!parser.problems.isEmpty()) {
      throw new InvalidRubricException(source, parser.problems);
    }
    return rubric;
  }

  private Rubric rubric() {
    Fields top = object(tree.root(), "", "the rubric", TOP_KEYS);
    if (top == null) {
      return null;
    }
    BigDecimal format = top.number("format", true);
    if (format != null && format.compareTo(BigDecimal.valueOf(FORMAT)) != 0) {
      problem(RubricErrorCode.UNSUPPORTED_FORMAT, "/format", true,
          "format " + format.toPlainString() + " is not supported; this release reads format " + FORMAT);
    }
    String id = top.string("id", true);
    String version = top.string("version", true);
    Rubric.Outcome outcome = top.word("outcome", true, Rubric.Outcome.class);
    NoEvidence noEvidence = top.noEvidence("noEvidence");
    List<CriterionRule> rules = rules(top, noEvidence == null ? NoEvidence.ZERO : noEvidence);
    List<Tier> tiers = tiers(top, outcome, rules);
    BigDecimal pointsMin = null;
    BigDecimal pointsMax = null;
    Fields points = top.has("points") ? object(top.raw("points"), "/points", "points", POINTS_KEYS) : null;
    if (points != null) {
      pointsMin = points.number("min", false);
      pointsMax = points.number("max", false);
      if (pointsMin != null && pointsMax != null && pointsMin.compareTo(pointsMax) > 0) {
        problem(RubricErrorCode.INVALID_VALUE, "/points/min", false,
            "points min " + pointsMin.toPlainString() + " is above max " + pointsMax.toPlainString());
      }
    }
    if (outcome == Rubric.Outcome.TIERS && points != null) {
      problem(RubricErrorCode.NO_TIERS, "/points", false,
          "\"points\" applies only to outcome \"points\"; this rubric's outcome is \"tiers\"");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Rubric(id, version, top.string("title", false), top.string("basedOn", false),
        top.string("simplifications", false), outcome, noEvidence == null ? NoEvidence.ZERO : noEvidence, rules,
        tiers, pointsMin, pointsMax, JsonWriter.compact(tree.root()));
  }

  private List<CriterionRule> rules(Fields top, NoEvidence defaultNoEvidence) {
    List<CriterionRule> rules = new ArrayList<>();
    List<?> items = top.list("criteria", true);
    if (items == null) {
      return rules;
    }
    if (items.isEmpty()) {
      problem(RubricErrorCode.MISSING_KEY, "/criteria", false, "\"criteria\" is empty; a rubric needs at least one");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String pointer = JsonTree.child("/criteria", i);
      Fields f = object(items.get(i), pointer, "criterion " + (i + 1), RULE_KEYS);
      if (f == null) {
        continue;
      }
      CriterionRule rule = rule(f, pointer, defaultNoEvidence);
      if (rule == null) {
        continue;
      }
      if (!ids.add(rule.id())) {
        problem(RubricErrorCode.DUPLICATE_ID, pointer + (f.has("id") ? "/id" : "/criterion"), true,
            "criterion id \"" + rule.id() + "\" is used twice; give each rule its own \"id\"");
      }
      rules.add(rule);
    }
    return rules;
  }

  private CriterionRule rule(Fields f, String pointer, NoEvidence defaultNoEvidence) {
    int before = problems.size();
    String key = f.string("criterion", true);
    Criterion criterion = null;
    if (key != null) {
      criterion = Criterion.fromKey(key).orElse(null);
      if (criterion == null) {
        problem(RubricErrorCode.UNKNOWN_CRITERION, pointer + "/criterion", false,
            "unknown criterion \"" + key + "\"" + suggestion(key, Arrays.stream(Criterion.values())
                .map(Criterion::key).toList()) + "; known: "
                + Arrays.stream(Criterion.values()).map(Criterion::key).collect(Collectors.joining(", ")));
      }
    }
    String id = f.string("id", false);
    BigDecimal weight = f.number("weight", false);
    if (weight != null && weight.signum() < 0) {
      problem(RubricErrorCode.INVALID_VALUE, pointer + "/weight", false,
          "weight " + weight.toPlainString() + " is negative; weights are 0 or more");
    }
    BigDecimal min = f.number("min", false);
    BigDecimal max = f.number("max", false);
    Boolean expect = f.bool("expect", false);
    BigDecimal points = f.number("points", false);
    Boolean gate = f.bool("gate", false);
    NoEvidence noEvidence = f.noEvidence("noEvidence");
    List<Band> bands = bands(f, pointer);
    if (min != null && max != null && min.compareTo(max) > 0) {
      problem(RubricErrorCode.INVALID_VALUE, pointer + "/min", false,
          "min " + min.toPlainString() + " is above max " + max.toPlainString() + "; nothing could meet it");
    }
    if (criterion != null) {
      checkThresholdKind(criterion, f, pointer, min != null || max != null, expect != null, !bands.isEmpty());
    }
    if (!bands.isEmpty() && points != null) {
      problem(RubricErrorCode.THRESHOLD_KIND, pointer + "/points", true,
          "a banded criterion takes its points from \"bands\"; remove \"points\"");
    }
    if (problems.size() > before || criterion == null) {
      return null;
    }
    return new CriterionRule(id != null ? id : criterion.key(), criterion, f.string("label", false),
        weight != null ? weight : gate != null && gate ? BigDecimal.ZERO : BigDecimal.ONE, min, max, criterion.isFlag() ? (expect == null ? true : expect) : null,
        points, bands, gate != null && gate, noEvidence == null ? defaultNoEvidence : noEvidence,
        tree.valueAt(pointer).orElse(null));
  }

  private void checkThresholdKind(Criterion criterion, Fields f, String pointer, boolean numeric, boolean expect,
      boolean banded) {
    if (criterion.isFlag()) {
      for (String k : List.of("min", "max", "bands")) {
        if (f.has(k)) {
          problem(RubricErrorCode.THRESHOLD_KIND, pointer + "/" + k, true, "\"" + criterion.key()
              + "\" is a yes/no criterion; use \"expect\": true or false instead of \"" + k + "\"");
        }
      }
      return;
    }
    if (expect) {
      problem(RubricErrorCode.THRESHOLD_KIND, pointer + "/expect", true, "\"" + criterion.key()
          + "\" is a number; use \"min\", \"max\" or \"bands\" instead of \"expect\"");
    } else if (numeric && banded) {
      problem(RubricErrorCode.THRESHOLD_KIND, pointer + "/bands", true,
          "use either a threshold (\"min\"/\"max\") or \"bands\", not both");
    } else if (!numeric && !banded) {
      problem(RubricErrorCode.MISSING_KEY, pointer, false, "criterion \"" + criterion.key()
          + "\" needs a threshold: \"min\", \"max\" or \"bands\"");
    }
  }

  private List<Band> bands(Fields f, String pointer) {
    List<Band> bands = new ArrayList<>();
    List<?> items = f.has("bands") ? f.list("bands", false) : null;
    if (items == null) {
      return bands;
    }
    List<String> pointers = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String p = JsonTree.child(pointer + "/bands", i);
      Fields b = object(items.get(i), p, "band " + (i + 1), BAND_KEYS);
      if (b == null) {
        continue;
      }
      BigDecimal from = b.number("from", false);
      BigDecimal to = b.number("to", false);
      BigDecimal points = b.number("points", true);
      if (from != null && to != null && from.compareTo(to) >= 0) {
        problem(RubricErrorCode.INVALID_VALUE, p + "/to", true,
            "band \"to\" " + to.toPlainString() + " must be above \"from\" " + from.toPlainString());
        continue;
      }
      if (points == null) {
        continue;
      }
      for (int j = 0; j < bands.size(); j++) {
        Band other = bands.get(j);
        if (other.overlaps(new Band(from, to, points))) {
          problem(RubricErrorCode.OVERLAPPING_BANDS, p, false, "band " + Ranges.describe(from, to) + " overlaps band "
              + Ranges.describe(other.from(), other.to()) + " at " + pointers.get(j)
              + "; bands include \"from\" and exclude \"to\"");
        }
      }
      bands.add(new Band(from, to, points));
      pointers.add(p);
    }
    return bands;
  }

  private List<Tier> tiers(Fields top, Rubric.Outcome outcome, List<CriterionRule> rules) {
    List<Tier> tiers = new ArrayList<>();
    List<?> items = top.has("tiers") ? top.list("tiers", false) : null;
    if (outcome == Rubric.Outcome.TIERS && (items == null ? !top.has("tiers") : items.isEmpty())) {
      problem(RubricErrorCode.NO_TIERS, "", false, "outcome \"tiers\" needs a \"tiers\" list");
    }
    if (outcome == Rubric.Outcome.POINTS && items != null) {
      problem(RubricErrorCode.NO_TIERS, "/tiers", true,
          "outcome \"points\" gives each credential a number; remove \"tiers\" or set \"outcome\": \"tiers\"");
      return tiers;
    }
    if (items == null) {
      return tiers;
    }
    Set<String> ruleIds = rules.stream().map(CriterionRule::id).collect(Collectors.toSet());
    List<String> pointers = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String p = JsonTree.child("/tiers", i);
      Fields t = object(items.get(i), p, "tier " + (i + 1), TIER_KEYS);
      if (t == null) {
        continue;
      }
      String name = t.string("name", true);
      BigDecimal from = t.number("from", false);
      BigDecimal to = t.number("to", false);
      BigDecimal value = t.number("value", false);
      List<String> requires = new ArrayList<>();
      List<?> req = t.has("requires") ? t.list("requires", false) : List.of();
      for (int k = 0; req != null && k < req.size(); k++) {
        String rp = JsonTree.child(p + "/requires", k);
        if (!(req.get(k) instanceof String r)) {
          problem(RubricErrorCode.WRONG_TYPE, rp, false, "\"requires\" lists criterion ids as strings");
        } else if (!ruleIds.contains(r)) {
          problem(RubricErrorCode.UNKNOWN_CRITERION, rp, false, "tier requires \"" + r
              + "\", which is not the id of a criterion in this rubric" + suggestion(r, List.copyOf(ruleIds)));
        } else {
          requires.add(r);
        }
      }
      if (from != null && to != null && from.compareTo(to) >= 0) {
        problem(RubricErrorCode.INVALID_VALUE, p + "/to", true,
            "tier \"to\" " + to.toPlainString() + " must be above \"from\" " + from.toPlainString());
        continue;
      }
      if (name == null) {
        continue;
      }
      for (int j = 0; j < tiers.size(); j++) {
        Tier other = tiers.get(j);
        if (other.name().equals(name)) {
          problem(RubricErrorCode.DUPLICATE_ID, p + "/name", true, "tier name \"" + name + "\" is used twice");
        }
        if (Ranges.overlap(from, to, other.from(), other.to())) {
          problem(RubricErrorCode.OVERLAPPING_TIERS, p, false, "tier \"" + name + "\" " + Ranges.describe(from, to)
              + " overlaps tier \"" + other.name() + "\" " + Ranges.describe(other.from(), other.to()) + " at "
              + pointers.get(j) + "; tiers include \"from\" and exclude \"to\"");
        }
      }
      tiers.add(new Tier(name, from, to, value, requires, tree.valueAt(p).orElse(null)));
      pointers.add(p);
    }
    tiers.sort(Comparator.comparing(Tier::from, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
        .reversed());
    return tiers;
  }

  // ---- typed access with positions ----

  private Fields object(Object value, String pointer, String what, List<String> allowed) {
    if (!(value instanceof Map<?, ?> map)) {
      problem(RubricErrorCode.WRONG_TYPE, pointer, false, what + " must be a JSON object { ... }");
      return null;
    }
    for (Object k : map.keySet()) {
      String key = (String) k;
      if (!allowed.contains(key)) {
        problem(RubricErrorCode.UNKNOWN_KEY, JsonTree.child(pointer, key), true, "unknown key \"" + key + "\" in "
            + what + suggestion(key, allowed) + "; allowed: " + String.join(", ", allowed));
      }
    }
    return new Fields(map, pointer, what);
  }

  private final class Fields {
    private final Map<?, ?> map;
    private final String pointer;
    private final String what;

    Fields(Map<?, ?> map, String pointer, String what) {
      this.map = map;
      this.pointer = pointer;
      this.what = what;
    }

    boolean has(String key) {
      return map.containsKey(key);
    }

    Object raw(String key) {
      return map.get(key);
    }

    private boolean present(String key, boolean required) {
      if (map.containsKey(key)) {
        return true;
      }
      if (required) {
        problem(RubricErrorCode.MISSING_KEY, pointer, false, what + " needs \"" + key + "\"");
      }
      return false;
    }

    private void wrongType(String key, String expected) {
      Object v = map.get(key);
      String got = v == null ? "null" : v instanceof String s ? "the text \"" + s + "\"" : v instanceof Map ? "an object"
          : v instanceof List ? "a list" : v.toString();
      problem(RubricErrorCode.WRONG_TYPE, JsonTree.child(pointer, key), false,
          "\"" + key + "\" in " + what + " must be " + expected + ", got " + got);
    }

    String string(String key, boolean required) {
      if (!present(key, required)) {
        return null;
      }
      if (map.get(key) instanceof String s && !s.isBlank()) {
        return s;
      }
      wrongType(key, "non-empty text");
      return null;
    }

    BigDecimal number(String key, boolean required) {
      if (!present(key, required)) {
        return null;
      }
      if (map.get(key) instanceof BigDecimal d) {
        return d;
      }
      wrongType(key, "a number");
      return null;
    }

    Boolean bool(String key, boolean required) {
      if (!present(key, required)) {
        return null;
      }
      if (map.get(key) instanceof Boolean b) {
        return b;
      }
      wrongType(key, "true or false");
      return null;
    }

    List<?> list(String key, boolean required) {
      if (!present(key, required)) {
        return null;
      }
      if (map.get(key) instanceof List<?> l) {
        return l;
      }
      wrongType(key, "a list [ ... ]");
      return null;
    }

    <E extends Enum<E>> E word(String key, boolean required, Class<E> type) {
      String s = string(key, required);
      if (s == null) {
        return null;
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(java.util.Locale.ROOT).equals(s)) {
          return e;
        }
      }
      String allowed = Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.name().toLowerCase(java.util.Locale.ROOT)
          + "\"").collect(Collectors.joining(" or "));
      problem(RubricErrorCode.INVALID_VALUE, JsonTree.child(pointer, key), false,
          "\"" + key + "\" is \"" + s + "\"; use " + allowed);
      return null;
    }

    NoEvidence noEvidence(String key) {
      return word(key, false, NoEvidence.class);
    }
  }

  private void problem(RubricErrorCode code, String pointer, boolean atKey, String message) {
    JsonPosition at = (atKey ? tree.keyAt(pointer) : tree.valueAt(pointer)).orElse(null);
    problems.add(new RubricProblem(code, pointer, at == null ? 0 : at.line(), at == null ? 0 : at.column(), message));
  }

  /** "; did you mean "weight"?" when a known word is within two edits of {@code given}. */
  static String suggestion(String given, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(given.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best == null ? "" : " (did you mean \"" + best + "\"?)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
