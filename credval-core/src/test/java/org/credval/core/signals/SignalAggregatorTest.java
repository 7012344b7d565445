package org.credval.core.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.extract.Requirement;
import org.junit.jupiter.api.Test;

/** Each counting rule of a signal run, on postings made for it. */
class SignalAggregatorTest {

  static final CredentialCode CDL = new CredentialCode("FMCSA001");
  static final CredentialCode HAZ = new CredentialCode("OSHAA001");
  static final CredentialCode CPR = new CredentialCode("AHAAA001");
  static final LocalDate JULY = LocalDate.of(2025, 7, 15);

  final List<SignalPosting> postings = new ArrayList<>();
  final List<SignalMention> mentions = new ArrayList<>();

  SignalPosting posting(String id, String employer, String soc, String pay) {
    return posting(id, employer, "NY", JULY, soc, pay, null);
  }

  SignalPosting posting(String id, String employer, String state, LocalDate on, String soc, String pay, String duplicateOf) {
    SignalPosting p = new SignalPosting(id, employer, state, on, soc == null ? null : new SocCode(soc),
        pay == null ? null : new BigDecimal(pay), duplicateOf);
    postings.add(p);
    return p;
  }

  void mention(String posting, CredentialCode code, Requirement level) {
    mentions.add(new SignalMention(posting, code, level));
  }

  SignalResult run(String period, String area, int minPayN) {
    return new SignalAggregator(new SignalParams(Period.parse(period), Area.parse(area), minPayN, 5))
        .aggregate(postings, mentions);
  }

  static CredentialSignal row(SignalResult r, CredentialCode code, String soc) {
    return r.rows().stream().filter(x -> x.credentialCode().equals(code) && x.socCode().equals(soc)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + code + " " + soc + " in " + r.rows()));
  }

  @Test
  void aPostingCountsOncePerCredentialAtItsStrongestLevel() {
    posting("p1", "Acme", "53-3032", null);
    mention("p1", CDL, Requirement.MENTIONED);
    mention("p1", CDL, Requirement.PREFERRED);
    mention("p1", CDL, Requirement.REQUIRED);
    posting("p2", "Acme", "53-3032", null);
    mention("p2", CDL, Requirement.NEGATED);
    mention("p2", CDL, Requirement.REQUIRED_LATER);
    posting("p3", "Acme", "53-3032", null);
    mention("p3", CDL, Requirement.ALTERNATIVE);
    mention("p3", CDL, Requirement.PREFERRED);

    CredentialSignal r = row(run("2025", null, 10), CDL, "53-3032");
    assertThat(r.postings()).isEqualTo(3);
    assertThat(r.requiredPostings()).isEqualTo(1);
    assertThat(r.requiredLaterPostings()).isEqualTo(1);
    assertThat(r.alternativePostings()).isEqualTo(1);
    assertThat(r.preferredPostings()).isZero();
    assertThat(r.mentionedPostings()).isZero();
    assertThat(r.negatedPostings()).isZero();
  }

  @Test
  void negatedPostingsAreReportedButAreNotDemand() {
    posting("p1", "Acme", "53-3032", null);
    mention("p1", CDL, Requirement.NEGATED);
    posting("p2", "Beta", "53-3032", null);
    mention("p2", CDL, Requirement.MENTIONED);

    CredentialSignal r = row(run("2025", null, 10), CDL, "53-3032");
    assertThat(r.postings()).isEqualTo(1);
    assertThat(r.negatedPostings()).isEqualTo(1);
    assertThat(r.mentionedPostings()).isEqualTo(1);
    assertThat(r.employers()).as("the negating employer is not a demanding one").isEqualTo(1);
    assertThat(r.occupationPostings()).isEqualTo(2);
  }

  @Test
  void aDuplicateCountsOnceThroughThePostingItRepeats() {
    posting("orig", "Acme", "53-3032", null);
    mention("orig", CDL, Requirement.REQUIRED);
    posting("NY", JULY.plusDays(3), "repost", "53-3032", "orig");
    mention("repost", CDL, Requirement.REQUIRED);

    SignalResult result = run("2025", null, 10);
    assertThat(result.postings()).isEqualTo(1);
    assertThat(result.duplicates()).isEqualTo(1);
    CredentialSignal r = row(result, CDL, "53-3032");
    assertThat(r.postings()).isEqualTo(1);
    assertThat(r.occupationPostings()).isEqualTo(1);
  }

  private void posting(String state, LocalDate on, String id, String soc, String duplicateOf) {
    posting(id, "Acme", state, on, soc, null, duplicateOf);
  }

  @Test
  void countsEachPostingInItsOccupationItsMajorGroupAndAllOrInUnknownWhenUncoded() {
    posting("p1", "Acme", "53-3032", null);
    mention("p1", CDL, Requirement.REQUIRED);
    posting("p2", "Beta", "53-7062", null);
    mention("p2", CDL, Requirement.PREFERRED);
    posting("p3", "Gamma", null, null);
    mention("p3", CDL, Requirement.REQUIRED);
    posting("p4", "Delta", "29-1141", null);

    SignalResult result = run("2025", null, 10);
    assertThat(result.rows()).extracting(CredentialSignal::socCode)
        .containsExactly("53-0000", "53-3032", "53-7062", "all", "unknown");
    assertThat(row(result, CDL, "53-0000").postings()).isEqualTo(2);
    assertThat(row(result, CDL, "53-0000").occupationPostings()).isEqualTo(2);
    assertThat(row(result, CDL, "unknown").postings()).isEqualTo(1);
    assertThat(row(result, CDL, "all").postings()).isEqualTo(3);
    assertThat(row(result, CDL, "all").occupationPostings()).isEqualTo(4);
    assertThat(row(result, CDL, "all").share()).isEqualByComparingTo("0.75");
    assertThat(row(result, CDL, "all").requiredShare()).isEqualByComparingTo("0.5");
    assertThat(row(result, CDL, "all").preferredShare()).isEqualByComparingTo("0.25");
  }

  @Test
  void aPostingCodedToAMajorGroupCountsThereAndInAllOnly() {
    posting("p1", "Acme", "53-0000", null);
    mention("p1", CDL, Requirement.REQUIRED);
    assertThat(run("2025", null, 10).rows()).extracting(CredentialSignal::socCode).containsExactly("53-0000", "all");
  }

  @Test
  void onlyPostingsOfThePeriodAndAreaAreCounted() {
    posting("ny-july", "A", "NY", JULY, "53-3032", null, null);
    posting("nj-july", "B", "NJ", JULY, "53-3032", null, null);
    posting("ny-2024", "C", "NY", LocalDate.of(2024, 12, 31), "53-3032", null, null);
    posting("ny-undated", "D", "NY", null, "53-3032", null, null);
    posting("nowhere", "E", null, JULY, "53-3032", null, null);
    for (SignalPosting p : List.copyOf(postings)) {
      mention(p.id(), CDL, Requirement.REQUIRED);
    }
    assertThat(row(run("2025-Q3", "NY", 10), CDL, "all").postings()).isEqualTo(1);
    assertThat(row(run("2025-07", null, 10), CDL, "all").postings()).isEqualTo(3);
    assertThat(row(run("2025", null, 10), CDL, "all").postings()).isEqualTo(3);
    assertThat(row(run("all", "NY", 10), CDL, "all").postings()).isEqualTo(3);
    assertThat(row(run("all", null, 10), CDL, "all").postings()).isEqualTo(5);
    assertThat(run("2023", null, 10).rows()).isEmpty();
  }

  @Test
  void employersAreCountedByNameIgnoringCaseAndSpacing() {
    posting("p1", "Acme Freight", "53-3032", null);
    posting("p2", "  ACME   freight ", "53-3032", null);
    posting("p3", "Beta Logistics", "53-3032", null);
    posting("p4", null, "53-3032", null);
    for (String id : List.of("p1", "p2", "p3", "p4")) {
      mention(id, CDL, Requirement.REQUIRED);
    }
    assertThat(row(run("2025", null, 10), CDL, "53-3032").employers()).isEqualTo(2);
  }

  @Test
  void comparesTheMedianPayOfPostingsAskingForItWithThoseNotNamingIt() {
    // asking: 50k, 60k, 70k, 80k -> median 65000; not naming: 40k, 41k, 45.5k -> 41000
    String[] asking = {"50000", "60000", "70000", "80000"};
    for (int i = 0; i < asking.length; i++) {
      posting("a" + i, "E" + i, "53-3032", asking[i]);
      mention("a" + i, CDL, i == 0 ? Requirement.PREFERRED : Requirement.REQUIRED);
    }
    String[] without = {"40000", "41000", "45500"};
    for (int i = 0; i < without.length; i++) {
      posting("w" + i, "W" + i, "53-3032", without[i]);
    }
    posting("m", "M", "53-3032", "999999");
    mention("m", CDL, Requirement.MENTIONED);
    posting("n", "N", "53-3032", "1");
    mention("n", CDL, Requirement.NEGATED);
    posting("nopay", "P", "53-3032", null);
    mention("nopay", CDL, Requirement.REQUIRED);

    CredentialSignal r = row(run("2025", null, 3), CDL, "53-3032");
    assertThat(r.medianPayWith()).isEqualByComparingTo("65000.00");
    assertThat(r.payWithN()).isEqualTo(4);
    assertThat(r.medianPayWithout()).isEqualByComparingTo("41000.00");
    assertThat(r.payWithoutN()).as("postings that mention or negate it are on neither side").isEqualTo(3);
    assertThat(r.payPremium()).isEqualByComparingTo("24000.00");
    assertThat(r.postings()).isEqualTo(6);
  }

  @Test
  void anEvenMedianIsTheMeanOfTheMiddleTwoRoundedHalfEvenToTheCent() {
    String[] pays = {"10000.01", "10000.02", "10000.04", "10000.07"};
    for (int i = 0; i < pays.length; i++) {
      posting("a" + i, "E", "53-3032", pays[i]);
      mention("a" + i, CDL, Requirement.REQUIRED);
    }
    // (10000.02 + 10000.04) / 2 = 10000.03; then a set whose middle mean ends in half a cent
    assertThat(row(run("2025", null, 1), CDL, "53-3032").medianPayWith()).isEqualByComparingTo("10000.03");
    postings.clear();
    mentions.clear();
    String[] halves = {"100.01", "100.02"};
    for (int i = 0; i < halves.length; i++) {
      posting("h" + i, "E", "53-3032", halves[i]);
      mention("h" + i, CDL, Requirement.REQUIRED);
    }
    assertThat(row(run("2025", null, 1), CDL, "53-3032").medianPayWith()).isEqualTo(new BigDecimal("100.02"));
  }

  @Test
  void publishesNoMedianOrPremiumBelowTheMinimumButKeepsTheCounts() {
    for (int i = 0; i < 3; i++) {
      posting("a" + i, "E", "53-3032", "60000");
      mention("a" + i, CDL, Requirement.REQUIRED);
    }
    for (int i = 0; i < 2; i++) {
      posting("w" + i, "E", "53-3032", "40000");
    }
    CredentialSignal r = row(run("2025", null, 3), CDL, "53-3032");
    assertThat(r.medianPayWith()).isEqualByComparingTo("60000");
    assertThat(r.medianPayWithout()).isNull();
    assertThat(r.payWithoutN()).isEqualTo(2);
    assertThat(r.payPremium()).isNull();
    CredentialSignal strict = row(run("2025", null, 10), CDL, "53-3032");
    assertThat(strict.medianPayWith()).isNull();
    assertThat(strict.payWithN()).isEqualTo(3);
  }

  @Test
  void publishesAPremiumOnlyWithinAnOccupationOrGroupNotAcrossAllOrUnknown() {
    for (int i = 0; i < 2; i++) {
      posting("a" + i, "E", "53-3032", "60000");
      mention("a" + i, CDL, Requirement.REQUIRED);
      posting("w" + i, "E", "53-3032", "40000");
      posting("u" + i, "E", null, "70000");
      mention("u" + i, CDL, Requirement.REQUIRED);
      posting("v" + i, "E", null, "30000");
    }
    SignalResult r = run("2025", null, 2);
    assertThat(row(r, CDL, "53-3032").payPremium()).isEqualByComparingTo("20000");
    assertThat(row(r, CDL, "53-0000").payPremium()).isEqualByComparingTo("20000");
    assertThat(row(r, CDL, "all").medianPayWith()).isEqualByComparingTo("65000");
    assertThat(row(r, CDL, "all").payPremium()).isNull();
    assertThat(row(r, CDL, "unknown").medianPayWithout()).isEqualByComparingTo("30000");
    assertThat(row(r, CDL, "unknown").payPremium()).isNull();
  }

  @Test
  void listsTheMostFrequentCoOccurringCredentialsIgnoringNegatedOnes() {
    CredentialCode[] others = {HAZ, CPR, new CredentialCode("ZZZZZ001")};
    for (int i = 0; i < 3; i++) {
      posting("p" + i, "E", "53-3032", null);
      mention("p" + i, CDL, Requirement.REQUIRED);
    }
    mention("p0", HAZ, Requirement.PREFERRED);
    mention("p1", HAZ, Requirement.MENTIONED);
    mention("p0", CPR, Requirement.REQUIRED);
    mention("p2", CPR, Requirement.NEGATED);
    mention("p2", others[2], Requirement.REQUIRED);
    posting("q", "E", "53-3032", null);
    mention("q", HAZ, Requirement.REQUIRED);
    mention("q", CPR, Requirement.REQUIRED);

    SignalResult r = run("2025", null, 10);
    assertThat(row(r, CDL, "53-3032").cooccurring()).isEqualTo("OSHAA001:2;AHAAA001:1;ZZZZZ001:1");
    SignalResult top1 = new SignalAggregator(new SignalParams(Period.parse("2025"), Area.US, 10, 1))
        .aggregate(postings, mentions);
    assertThat(row(top1, CDL, "53-3032").cooccurring()).isEqualTo("OSHAA001:2");
    assertThat(row(r, CPR, "53-3032").cooccurring()).as("p2 negates CPR, so its CDL does not co-occur")
        .isEqualTo("OSHAA001:2;FMCSA001:1");
  }

  @Test
  void givesTheSameRowsAndDigestWhateverTheInputOrder() {
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      String soc = i % 7 == 0 ? null : (i % 2 == 0 ? "53-3032" : "29-1141");
      posting("p" + i, "E" + (i % 5), soc, i % 3 == 0 ? null : Integer.toString(30000 + 500 * i));
      for (CredentialCode c : List.of(CDL, HAZ, CPR)) {
        if (random.nextInt(3) == 0) {
          mention("p" + i, c, Requirement.values()[random.nextInt(Requirement.values().length)]);
        }
      }
    }
    SignalResult first = run("2025", null, 3);
    Collections.shuffle(postings, new Random(1));
    Collections.shuffle(mentions, new Random(2));
    SignalResult second = run("2025", null, 3);
    assertThat(second.rows()).isEqualTo(first.rows());
    assertThat(second.inputSha256()).isEqualTo(first.inputSha256()).hasSize(64);
    List<CredentialSignal> sorted = new ArrayList<>(first.rows());
    sorted.sort(SignalAggregator.ORDER);
    assertThat(first.rows()).isEqualTo(sorted);
  }

  @Test
  void theDigestChangesWithAnyCountedInputButNotWithPostingsOutOfScope() {
    posting("p1", "Acme", "53-3032", "50000");
    mention("p1", CDL, Requirement.REQUIRED);
    String base = run("2025", "NY", 10).inputSha256();

    posting("other-state", "B", "NJ", JULY, "53-3032", null, null);
    mention("other-state", CDL, Requirement.REQUIRED);
    assertThat(run("2025", "NY", 10).inputSha256()).isEqualTo(base);

    mentions.set(0, new SignalMention("p1", CDL, Requirement.PREFERRED));
    assertThat(run("2025", "NY", 10).inputSha256()).isNotEqualTo(base);
    mentions.set(0, new SignalMention("p1", CDL, Requirement.REQUIRED));
    postings.set(0, new SignalPosting("p1", "Acme", "NY", JULY, new SocCode("53-3032"), new BigDecimal("50001"), null));
    assertThat(run("2025", "NY", 10).inputSha256()).isNotEqualTo(base);
  }

  @Test
  void aRangeIsOneFigureAtItsMidpoint() {
    assertThat(SignalPosting.annualPay(new BigDecimal("50000"), new BigDecimal("60001"))).isEqualTo(new BigDecimal("55000.50"));
    assertThat(SignalPosting.annualPay(new BigDecimal("50000.01"), new BigDecimal("50000.02"))).isEqualTo(new BigDecimal("50000.02"));
    assertThat(SignalPosting.annualPay(null, new BigDecimal("70000"))).isEqualTo(new BigDecimal("70000.00"));
    assertThat(SignalPosting.annualPay(null, null)).isNull();
  }

  @Test
  void writesRowsAsCsvWithEmptyFieldsForAbsentFigures() {
    posting("p1", "Acme", "53-3032", "50000");
    mention("p1", CDL, Requirement.REQUIRED);
    mention("p1", HAZ, Requirement.PREFERRED);
    CredentialSignal r = row(run("2025", null, 10), CDL, "53-3032");
    String line = SignalTable.line(r, c -> "Commercial Driver's License, Class \"A\"");
    assertThat(line).isEqualTo("FMCSA001,\"Commercial Driver's License, Class \"\"A\"\"\",53-3032,US,2025,1,1,1.0000,1,1.0000,0,0.0000,"
        + "0,0,0,0,1,,1,,0,,OSHAA001:1");
    assertThat(line.split(",", -1).length - 1).isEqualTo(SignalTable.COLUMNS.size() - 1 + 1);
  }

  @Test
  void readsPostingsFromFileTextWithEmptyFieldsAsAbsent() {
    SignalPosting fromCsv = SignalPosting.fromText("p1", "", "", "2025-07-15T08:00:00Z", "53-3032.00", "50000", "", "");
    SignalPosting fromJson = SignalPosting.fromText("p1", null, null, "2025-07-15", "533032", "50000.0", null, null);
    assertThat(fromCsv).isEqualTo(fromJson);
    assertThat(fromCsv.socCode()).isEqualTo(new SocCode("53-3032"));
    assertThat(SignalPosting.fromText("p2", "E", "NY", null, "unknown", null, null, null).socCode()).isNull();
    assertThat(SignalAggregator.digestLine(fromCsv, List.of())).isEqualTo(SignalAggregator.digestLine(fromJson, List.of()));
    assertThat(SignalMention.fromText("p1", "fmcsa001", "required_later").requirement()).isEqualTo(Requirement.REQUIRED_LATER);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignalMention.fromText("p1", "FMCSA001", "must"))
        .hasMessageContaining("posting p1").hasMessageContaining("'must'");
  }
}
