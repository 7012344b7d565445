package org.credval.app.postings.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.SourceFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A USAJOBS Search API response ({@code SearchResult.SearchResultItems[].MatchedObjectDescriptor}),
 * or a JSON array of such items. The record number is the item's place in the result list. The
 * occupational series in {@code JobCategory} is OPM's, not SOC, so the SOC code is left empty.
 */
public final class UsajobsReader implements PostingReader {

  // Section field names and where their text sits under UserArea.Details, in reading order.
  private static final List<String[]> DETAILS = List.of(
      new String[] {"job_summary", "JobSummary"}, new String[] {"major_duties", "MajorDuties"},
      new String[] {"key_requirements", "KeyRequirements"}, new String[] {"requirements", "Requirements"},
      new String[] {"education", "Education"}, new String[] {"evaluations", "Evaluations"},
      new String[] {"other_information", "OtherInformation"});

  @Override
  public String format() {
    return "usajobs";
  }

  @Override
  public Stream<PostingRecord> read(SourceFile file) throws IOException {
    JsonNode root;
    try (InputStream in = file.open()) {
      root = JsonLines.JSON.readTree(in);
    } catch (JacksonException e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE,
          file.name() + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode items = root != null && root.isArray() ? root : root == null ? null : root.path("SearchResult").path("SearchResultItems");
    if (items == null || !items.isArray()) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " does not look like a USAJOBS Search API response: no SearchResult.SearchResultItems array");
    }
    return IntStream.range(0, items.size()).mapToObj(i -> posting(items.get(i)).finish(file.name(), i + 1L));
  }

  private PostingDraft posting(JsonNode item) {
    JsonNode job = item.has("MatchedObjectDescriptor") ? item.get("MatchedObjectDescriptor") : item;
    PostingDraft d = new PostingDraft(format());
    d.sourceId = first(JsonLines.text(item, "MatchedObjectId"), JsonLines.text(job, "PositionID"));
    d.title = JsonLines.text(job, "PositionTitle");
    d.employer = first(JsonLines.text(job, "OrganizationName"), JsonLines.text(job, "DepartmentName"));
    d.postedOn = first(JsonLines.text(job, "PublicationStartDate"), JsonLines.text(job, "PositionStartDate"));
    location(job, d);
    pay(job.path("PositionRemuneration").path(0), d);
    JsonNode details = job.path("UserArea").path("Details");
    for (String[] s : DETAILS) {
      d.section(s[0], joined(details.get(s[1])));
    }
    d.section("qualification_summary", JsonLines.text(job, "QualificationSummary"));
    return d;
  }

  private static void location(JsonNode job, PostingDraft d) {
    Set<String> states = new LinkedHashSet<>();
    List<String> cities = new ArrayList<>();
    String unreadable = null;
    for (JsonNode loc : job.path("PositionLocation")) {
      String country = JsonLines.text(loc, "CountryCode");
      String sub = JsonLines.text(loc, "CountrySubDivisionCode");
      States.Lookup s = States.lookup(sub);
      if (country != null && !country.equalsIgnoreCase("United States") && !country.equalsIgnoreCase("US")) {
        unreadable = country;
      } else if (s.code() != null) {
        states.add(s.code());
        cities.add(JsonLines.text(loc, "CityName"));
      } else if (sub != null) {
        unreadable = sub;
      }
    }
    // A posting for several states belongs to none of them in particular.
    if (states.size() == 1) {
      d.location = states.iterator().next();
      d.area = cities.size() == 1 ? cities.get(0) : null;
    } else if (states.isEmpty() && unreadable != null) {
      d.location = unreadable;
    }
  }

  private static void pay(JsonNode pay, PostingDraft d) {
    String interval = JsonLines.text(pay, "RateIntervalCode");
    if (interval == null) {
      return;
    }
    if (AnnualPay.basis(interval) == null) {
      d.note("pay", "pay interval '" + interval + "' cannot be turned into a yearly figure; pay left empty", interval);
      return;
    }
    d.payMin = JsonLines.text(pay, "MinimumRange");
    d.payMax = JsonLines.text(pay, "MaximumRange");
    d.payBasis = interval;
  }

  static String joined(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> {
        String t = e.isValueNode() ? e.asString() : null;
        if (t != null && !t.isBlank()) {
          parts.add(t.strip());
        }
      });
      return parts.isEmpty() ? null : String.join("\n", parts);
    }
    return v.isValueNode() ? v.asString() : null;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
