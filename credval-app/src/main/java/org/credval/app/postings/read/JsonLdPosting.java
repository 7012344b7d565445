package org.credval.app.postings.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credval.core.postings.Posting.StructuredCredential;
import tools.jackson.databind.JsonNode;

/**
 * One schema.org {@code JobPosting} node as a draft posting.
 *
 * <p>Structured credentials: an {@code EducationalOccupationalCredential} as a value of schema.org's
 * {@code educationRequirements} or {@code qualifications}, or of one of JDX JobSchema+'s twelve
 * requirement properties ({@code required-}, {@code preferred-}, {@code alternative-} and
 * {@code equivalentCredential}, {@code -Education}, {@code -Experience}; with or without the
 * {@code jdx:} prefix); its name from {@code name} or else {@code credentialCategory}. Text values
 * of the JDX credential properties name a credential too. The level comes from a requirement
 * marker on the credential when a producer adds one ({@code requirementLevel} and the like: text
 * containing preferred/desired, alternative/equivalent, else required), else from the property
 * (an equivalent is an alternative), else required, since schema.org defines its two properties as
 * what the role requires. docs/postings-ingest.md names the sources.
 */
final class JsonLdPosting {

  private static final Pattern SOC = Pattern.compile("^\\s*(\\d{2}-\\d{4})(\\.\\d{2})?\\b");
  private static final List<String> TEXT = List.of("description", "responsibilities", "qualifications",
      "educationRequirements", "experienceRequirements", "skills", "preferredQualifications", "jdx:preferredQualifications");
  /** JDX JobSchema+ requirement properties, by the level each states. */
  private static final Map<String, String> JDX_REQUIREMENTS = jdxRequirements();
  private static final List<String> MARKERS = List.of("requirementLevel", "jdx:requirementLevel", "requirement",
      "jdx:requirement", "requirementType");

  private JsonLdPosting() {}

  static PostingDraft draft(JsonNode p) {
    PostingDraft d = new PostingDraft("jsonld");
    d.sourceId = firstNonNull(identifier(p.get("identifier")), JsonLines.text(p, "@id"), JsonLines.text(p, "url"));
    d.title = JsonLines.text(p, "title");
    d.employer = value(p.get("hiringOrganization"));
    d.postedOn = JsonLines.text(p, "datePosted");
    location(p.get("jobLocation"), d);
    salary(p.has("baseSalary") ? p.get("baseSalary") : p.get("estimatedSalary"), d);
    d.socCode = soc(p.get("occupationalCategory"));
    for (String f : TEXT) {
      JsonNode v = p.get(f);
      d.section(f.replace("jdx:", "").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), text(v));
      credentials(v, f.toLowerCase(Locale.ROOT).contains("preferred") ? "preferred" : "required", d.credentials);
    }
    JDX_REQUIREMENTS.forEach((property, level) -> {
      for (String name : List.of(property, "jdx:" + property)) {
        JsonNode v = p.get(name);
        if (v != null) {
          d.section(property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), text(v));
          credentials(v, level, d.credentials);
          if (property.endsWith("Credential")) {
            namedCredentials(v, level, d.credentials);
          }
        }
      }
    });
    return d;
  }

  private static Map<String, String> jdxRequirements() {
    Map<String, String> m = new LinkedHashMap<>();
    Map<String, String> levels = Map.of("required", "required", "preferred", "preferred", "alternative", "alternative",
        "equivalent", "alternative");
    for (String level : List.of("required", "preferred", "alternative", "equivalent")) {
      for (String what : List.of("Credential", "Education", "Experience")) {
        m.put(level + what, levels.get(level));
      }
    }
    return m;
  }

  /** Text values of a JDX credential property ("jdx:requiredCredential": "Class A CDL"). */
  private static void namedCredentials(JsonNode v, String level, List<StructuredCredential> out) {
    if (v.isArray()) {
      v.forEach(e -> namedCredentials(e, level, out));
    } else if (v.isString() && !v.asString().isBlank()) {
      out.add(new StructuredCredential(v.asString().strip(), level));
    }
  }

  private static void location(JsonNode loc, PostingDraft d) {
    JsonNode place = loc != null && loc.isArray() ? loc.path(0) : loc;
    if (place == null || place.isMissingNode()) {
      return;
    }
    JsonNode address = place.has("address") ? place.get("address") : place;
    String country = value(address.get("addressCountry"));
    String region = JsonLines.text(address, "addressRegion");
    d.area = JsonLines.text(address, "addressLocality");
    if (country != null && !country.matches("(?i)US|USA|United States( of America)?")) {
      // "ON" in Canada or "WA" in Australia is no US state.
      d.note("state", "the location is outside the US; state left empty", country);
      return;
    }
    d.location = region;
  }

  private static void salary(JsonNode s, PostingDraft d) {
    if (s == null || s.isNull()) {
      return;
    }
    String currency = JsonLines.text(s, "currency");
    if (currency != null && !currency.equalsIgnoreCase("USD")) {
      d.note("pay", "pay is in " + currency + ", not US dollars; pay left empty", currency);
      return;
    }
    JsonNode v = s.has("value") ? s.get("value") : s;
    if (v.isValueNode()) {
      d.payMin = v.asString();
      d.payMax = d.payMin;
      d.payBasis = JsonLines.text(s, "unitText");
      return;
    }
    d.payMin = firstNonNull(JsonLines.text(v, "minValue"), JsonLines.text(v, "value"), null);
    d.payMax = firstNonNull(JsonLines.text(v, "maxValue"), JsonLines.text(v, "value"), null);
    d.payBasis = firstNonNull(JsonLines.text(v, "unitText"), JsonLines.text(s, "unitText"), null);
  }

  static String soc(JsonNode category) {
    if (category == null) {
      return null;
    }
    JsonNode c = category.isArray() ? category.path(0) : category;
    String code = c.isObject() ? firstNonNull(JsonLines.text(c, "codeValue"), JsonLines.text(c, "termCode"), null) : c.asString();
    Matcher m = code == null ? null : SOC.matcher(code);
    return m != null && m.find() ? m.group(1) : null;
  }

  private static void credentials(JsonNode v, String listLevel, List<StructuredCredential> out) {
    if (v == null) {
      return;
    }
    if (v.isArray()) {
      v.forEach(e -> credentials(e, listLevel, out));
      return;
    }
    if (!v.isObject() || !String.valueOf(v.get("@type")).contains("Credential")) {
      return;
    }
    String name = firstNonNull(JsonLines.text(v, "name"), value(v.get("credentialCategory")), null);
    if (name != null) {
      String marker = null;
      for (String m : MARKERS) {
        marker = marker != null ? marker : value(v.get(m));
      }
      out.add(new StructuredCredential(name.strip(), level(marker, listLevel)));
    }
  }

  static String level(String marker, String fallback) {
    if (marker == null) {
      return fallback;
    }
    String m = marker.toLowerCase(Locale.ROOT);
    if (m.contains("prefer") || m.contains("desire") || m.contains("plus") || m.contains("optional")) {
      return "preferred";
    }
    if (m.contains("altern") || m.contains("equivalent")) {
      return "alternative";
    }
    return "required";
  }

  // An identifier is text or a PropertyValue, whose name is the issuer and value the id.
  private static String identifier(JsonNode id) {
    JsonNode v = id != null && id.isArray() ? id.path(0) : id;
    return v != null && v.isObject() ? JsonLines.text(v, "value") : value(v);
  }

  /** The text of a value given as text, or as an object with a name, value or text. */
  static String value(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return value(v.path(0));
    }
    if (v.isObject()) {
      return firstNonNull(JsonLines.text(v, "name"), JsonLines.text(v, "value"), JsonLines.text(v, "termCode"));
    }
    String s = v.asString();
    return s == null || s.isBlank() ? null : s;
  }

  // Text of a property, which may be text, an object with a description or name, or a list of them.
  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> {
        String t = text(e);
        if (t != null) {
          parts.add(t);
        }
      });
      return parts.isEmpty() ? null : String.join("\n", parts);
    }
    if (v.isObject()) {
      // A structured credential is data, not prose; its description (if any) is text.
      return JsonLines.text(v, "description");
    }
    return v.asString();
  }

  private static String firstNonNull(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
