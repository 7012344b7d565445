package org.credval.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credval.core.SharedData;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rates the detailed occupations of BLS Employment Projections 2024-34 (table 1.2) as published. */
class PriorityOnPublishedProjectionsTest {

  private static final String FILE = "data/bls-ep-2024-34/ep_table_1_2_occupational_projections_2024_34.csv";

  @Test
  void ratesEveryPublishedOccupationAndUsesEveryStarLevel() throws IOException {
    List<OccupationOutlook> outlooks = read();
    PriorityRules indiana = PriorityRules.of(new WageFloor.PercentileOfOccupations(25), DemandRule.indiana(), true,
        null);
    List<PriorityRating> ratings = PriorityOccupations.rate(outlooks, indiana);
    long complete = outlooks.stream().filter(OccupationOutlook::complete).count();
    assertThat(complete).isGreaterThan(700);
    assertThat(ratings).hasSize(outlooks.size());
    assertThat(ratings.stream().filter(r -> r.stars() != null).count()).isEqualTo(complete);
    Map<Integer, Long> byStars = ratings.stream().filter(r -> r.stars() != null)
        .collect(Collectors.groupingBy(PriorityRating::stars, Collectors.counting()));
    // averaging three deciles gathers occupations in the middle: every level is used, 3 stars most
    for (int s = 1; s <= 5; s++) {
      assertThat(byStars.getOrDefault(s, 0L)).as(s + " stars").isGreaterThanOrEqualTo(complete / 50);
    }
    assertThat(byStars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo(3);
    PriorityRating trucks = find(ratings, "53-3032");
    assertThat(trucks.outlook().education()).isEqualTo(EntryEducation.POSTSECONDARY_NONDEGREE);
    assertThat(trucks.priority()).isTrue();
    assertThat(trucks.stars()).isGreaterThanOrEqualTo(4);
    PriorityRating nurses = find(ratings, "29-1141");
    assertThat(nurses.priority()).isFalse();
    assertThat(nurses.reasons()).contains("typical entry education is Bachelor's degree");
    assertThat(ratings).allSatisfy(r -> assertThat(r.wageFloor()).isEqualByComparingTo(trucks.wageFloor()));
  }

  private static PriorityRating find(List<PriorityRating> ratings, String soc) {
    return ratings.stream().filter(r -> r.outlook().soc().value().equals(soc)).findFirst().orElseThrow();
  }

  private static List<OccupationOutlook> read() throws IOException {
    Path file = SharedData.file(FILE).orElse(null);
    Assumptions.assumeTrue(file != null, SharedData.missing(FILE));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<OccupationOutlook> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line);
      if (!c.get(2).equals("Line item")) {
        continue;
      }
      // "—" is unavailable and ">=239,200" top-coded: neither is a number, so both stay unrated
      Function<String, BigDecimal> num = s -> s.isBlank() || s.startsWith("\u2014") || s.startsWith(">") ? null
          : new BigDecimal(s.replace(",", ""));
      BigDecimal openingsThousands = num.apply(c.get(10));
      out.add(new OccupationOutlook(SocCode.parse(c.get(1)), c.get(0).strip(), num.apply(c.get(11)),
          openingsThousands == null ? null : openingsThousands.movePointRight(3), num.apply(c.get(8)),
          EntryEducation.fromBlsLabel(c.get(12)).orElse(null)));
    }
    return out;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    cells.add(cur.toString());
    return cells;
  }
}
