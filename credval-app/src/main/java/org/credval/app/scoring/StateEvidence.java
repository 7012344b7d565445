package org.credval.app.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence of one state and period for every active credential, the data sets it was drawn
 * from, and its digest: the SHA-256 of every fact in a canonical order, so that two runs on the
 * same evidence can be recognized as such.
 *
 * @param dataSets the keys of the data sets that hold data for the state (e.g. {@code wages}, {@code postings})
 * @param notes what is missing or stands in for state data, for the run's header
 */
public record StateEvidence(String state, int year, LivingWage livingWage, MarketSnapshot market,
    List<CredentialFacts> credentials, Set<String> dataSets, List<String> notes) {

  public Optional<CredentialFacts> credential(String code) {
    return credentials.stream().filter(c -> c.credential().code().value().equals(code)).findFirst();
  }

  public String digest() {
    StringBuilder sb = new StringBuilder();
    sb.append(state).append('\t').append(year).append('\t').append(livingWage.annual().toPlainString()).append('\n');
    dataSets.stream().sorted().forEach(d -> sb.append("dataset\t").append(d).append('\n'));
    for (CredentialFacts c : credentials) {
      sb.append(c.credential().code().value()).append('\n');
      c.facts().values().forEach(f -> sb.append(f.digestLine()).append('\n'));
    }
    return sha256(sb.toString());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
