package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credval.core.catalog.CredentialCatalog;
import org.junit.jupiter.api.Test;

/**
 * The compiled matcher finds exactly what the plain {@link ReferenceMatcher} finds, over every text
 * of every posting file in the shared data and over hand-written edge cases.
 */
class MatcherEquivalenceTest {

  private static final CredentialCatalog CATALOG = CredentialCatalog.starter();
  private static final java.util.Map<String, org.credval.core.catalog.Credential> EXTRA =
      new Disambiguator(CATALOG).extraTerms();
  private static final CredentialMatcher FAST = CredentialMatcher.compile(CATALOG, EXTRA);
  private static final ReferenceMatcher PLAIN = new ReferenceMatcher(CATALOG, EXTRA);

  @Test
  void findsWhatThePlainMatcherFindsInEdgeCases() {
    List<String> texts = List.of("", "C.N.A.", "an R.N. or L.P.N.", "CNAs, RNs and PMPs", "xRN RNx RN-BC RN-Registered",
        "OSHA10 OSHA-10 OSHA 10 OSHA  -  10 EPA608", "Résumé CNA éCNA CNAé naïve", "A+ certification\nSecurity+",
        "CompTIA A+ and (ISC)² CISSP", "BLS\tACLS\u00A0PALS \u2013 CDL\u2011A", "s S ss CDL", "Certified Nurse Aide (CNA)",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa certifications", "Driver\u2019s License, driver's license");
    for (String t : texts) {
      assertThat(FAST.find(t)).as(t).isEqualTo(PLAIN.find(t));
    }
  }

  @Test
  void findsWhatThePlainMatcherFindsInEverySharedPostingFile() throws IOException {
    long texts = 0;
    long matches = 0;
    List<String> differences = new ArrayList<>();
    for (Path file : SharedPostingTexts.files()) {
      long[] counts = new long[2];
      SharedPostingTexts.forEachText(file, t -> {
        List<Match> fast = FAST.find(t);
        List<Match> plain = PLAIN.find(t);
        counts[0]++;
        counts[1] += plain.size();
        if (!fast.equals(plain) && differences.size() < 5) {
          differences.add(file.getFileName() + ": " + fast + " vs " + plain + " in \""
              + t.substring(0, Math.min(200, t.length())) + "\"");
        }
      });
      texts += counts[0];
      matches += counts[1];
    }
    assertThat(differences).as("texts where the compiled matcher differs from the plain one").isEmpty();
    assertThat(texts).isGreaterThan(1000);
    assertThat(matches).as("matches found in the shared postings").isGreaterThan(100);
  }
}
