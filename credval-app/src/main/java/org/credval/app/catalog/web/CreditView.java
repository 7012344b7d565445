package org.credval.app.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.credval.core.articulation.PostsecondaryCurrency;

/**
 * A credential's postsecondary credit as its page and the API show it: agreements and apprenticeship
 * credit (active and retired), the stacks both ways, and the figures scoring reads for today.
 */
public record CreditView(
    String code,
    List<AgreementView> articulations,
    List<ApprenticeshipView> apprenticeships,
    List<LinkedCredential> stacksInto,
    List<LinkedCredential> stackedFrom,
    PostsecondaryCurrency currency) {

  /** One articulation agreement. {@code creditType} is semester_hour, quarter_hour, clock_hour or ceu. */
  public record AgreementView(long id, String status, int version, String institution, String ipedsUnitId,
      String cipCode, String programTitle, BigDecimal creditHours, String creditType, String creditLabel,
      LocalDate effectiveFrom, LocalDate effectiveTo, String source, String notes, boolean inEffect) {

    public boolean retired() {
      return "retired".equals(status);
    }

    public boolean sourceIsLink() {
      return source != null && source.matches("https?://\\S+");
    }
  }

  /** One apprenticeship program's hour credit. */
  public record ApprenticeshipView(long id, String status, int version, String occupation, String rapidsCode,
      int hours, LocalDate effectiveFrom, LocalDate effectiveTo, String source, String notes, boolean inEffect) {

    public boolean retired() {
      return "retired".equals(status);
    }

    public boolean sourceIsLink() {
      return source != null && source.matches("https?://\\S+");
    }
  }
}
