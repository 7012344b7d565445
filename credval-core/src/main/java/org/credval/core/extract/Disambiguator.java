package org.credval.core.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.CredentialStatus;

/**
 * Decides which credential an acronym with several meanings names, from the words around it. When
 * the context does not settle it the mention is dropped: a missed mention costs less than evidence
 * for a credential the employer never asked for.
 *
 * <ul>
 *   <li>"AWS certification" names the American Welding Society's welder certification only in a
 *       welding context (weld, D1.1, CWI, structural) that outweighs a cloud one (cloud, EC2, S3,
 *       architect, developer); the Amazon Web Services certifications are only found by full name.
 *   <li>"CNA" is the nurse aide certification only where patients, residents, nursing or care are
 *       mentioned; elsewhere it is an insurer, a DNS record or a network certification.
 *   <li>"CMA" is the medical assistant or the management accountant, whichever context wins.
 *   <li>Bare "PE" counts only as "PE license", "P.E." or near "Professional Engineer".
 *   <li>A surface that still names more than one credential is dropped.
 * </ul>
 */
final class Disambiguator {

  private static final Pattern WELDING = words("weld\\w*|d1\\.1|cwi|structural|fabricat\\w*|mig|tig|smaw|gmaw|fcaw|gtaw");
  private static final Pattern CLOUD = words("cloud|ec2|s3|lambda|architect\\w*|developers?|devops|azure|gcp|"
      + "kubernetes|terraform|amazon web services|saas|serverless");
  private static final Pattern CARE = words("patients?|nursing|residents?|care|caregiv\\w*|nurses?|hospitals?|"
      + "long[- ]term|assisted living|hospice|home health|vital signs|adls?|activities of daily living");
  private static final Pattern MEDICAL = words("medical|patients?|clinics?|clinical|physicians?|vital signs|"
      + "phlebotomy|injections?|ehr|emr|exam rooms?|healthcare|health care");
  private static final Pattern ACCOUNTING = words("accounting|accountants?|cpa|financ\\w*|budget\\w*|gaap|"
      + "audit\\w*|controller|ledger|fp&a|cost analysis");
  private static final Pattern INSURER = Pattern.compile("\\W{0,3}(?:insurance|financial|surety|corp\\w*)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGINEER = words("professional engineers?");
  private static final int ENOUGH = 5;
  /** Characters read on each side of the mention: the paragraph, not the whole posting. */
  private static final int WINDOW = 400;

  private final CredentialCatalog catalog;
  private final Credential awsWelder;
  private final Credential medicalAssistant;
  private final Credential managementAccountant;

  Disambiguator(CredentialCatalog catalog) {
    this.catalog = catalog;
    awsWelder = only(catalog.findByName("AWS Certified Welder"));
    medicalAssistant = only(catalog.findByName("Certified Medical Assistant"));
    managementAccountant = only(catalog.findByName("Certified Management Accountant"));
  }

  /**
   * Surfaces to add to the matcher beyond the active credentials' names: those that name a
   * credential only in some contexts, and the names of retired credentials, which postings keep
   * asking for (MCSE, CCENT) after the issuer stops awarding them.
   */
  Map<String, Credential> extraTerms() {
    Map<String, Credential> terms = new LinkedHashMap<>();
    if (awsWelder != null) {
      terms.put("AWS", awsWelder);
    }
    for (Credential c : catalog.all()) {
      if (c.status() == CredentialStatus.RETIRED) {
        c.names().forEach(n -> terms.putIfAbsent(n, c));
      }
    }
    return terms;
  }

  /**
   * The credential {@code m} names, or null to drop it.
   *
   * @param text the section text the match was found in; the words within a few hundred
   *     characters of the match are its context
   * @param title the posting's title, read as context too
   */
  Credential resolve(Match m, CharSequence text, CharSequence title) {
    int at = m.start();
    switch (m.key()) {
      case "aws" -> {
        if (!m.qualified()) {
          // "AWS" alone is the cloud far more often: only "AWS certification" and the like are read on.
          return null;
        }
        int weld = count(WELDING, text, title, at);
        return weld > 0 && weld > count(CLOUD, text, title, at) ? awsWelder : null;
      }
      case "cna" -> {
        boolean insurer = INSURER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30)).lookingAt();
        return !insurer && any(CARE, text, title, at) ? single(m) : null;
      }
      case "cma" -> {
        int medical = count(MEDICAL, text, title, at);
        int accounting = count(ACCOUNTING, text, title, at);
        return medical > accounting ? medicalAssistant : accounting > medical ? managementAccountant : null;
      }
      case "pe" -> {
        boolean evident = m.qualified() || m.textIn(text).indexOf('.') > 0 || any(ENGINEER, text, title, at);
        return evident ? single(m) : null;
      }
      default -> {
        return single(m);
      }
    }
  }

  private static Credential single(Match m) {
    return m.candidates().size() == 1 ? m.candidates().get(0) : null;
  }

  private static Credential only(List<Credential> found) {
    return found.size() == 1 ? found.get(0) : null;
  }

  private static int count(Pattern cue, CharSequence text, CharSequence title, int at) {
    return count(cue, text, Math.max(0, at - WINDOW), Math.min(text.length(), at + WINDOW))
        + count(cue, title, 0, title.length());
  }

  /** Whether {@link #count} would be above zero, found with one match at most. */
  private static boolean any(Pattern cue, CharSequence text, CharSequence title, int at) {
    return cue.matcher(text).region(Math.max(0, at - WINDOW), Math.min(text.length(), at + WINDOW)).find()
        || cue.matcher(title).find();
  }

  private static int count(Pattern cue, CharSequence text, int from, int to) {
    Matcher m = cue.matcher(text).region(from, to);
    int n = 0;
    while (n < ENOUGH && m.find()) {
      n++;
    }
    return n;
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
