package org.credval.app.catalog.web;

import java.math.BigDecimal;
import java.util.Arrays;
import org.credval.app.catalog.CredentialEdit;
import org.credval.app.catalog.CatalogEditException;

/**
 * What the edit form posts. Every field is text as typed, so that a wrong number is shown back to
 * the analyst with a message instead of failing the request; {@link #toEdit()} turns it into the
 * validated {@link CredentialEdit}.
 */
public class CredentialForm {

  private int version;
  private String name = "";
  private String aliases = "";
  private String issuer = "";
  private String type = "";
  private boolean thirdParty;
  private boolean examBased;
  private String accreditation = "";
  private String industry = "";
  private String url = "";
  private String costUsd = "";
  private String hours = "";
  private String reason = "";

  static CredentialForm of(CredentialDetail c) {
    CredentialForm f = new CredentialForm();
    f.version = c.version();
    f.name = c.name();
    f.aliases = String.join("\n", c.aliases());
    f.issuer = c.issuer();
    f.type = c.type();
    f.thirdParty = c.thirdParty();
    f.examBased = c.examBased();
    f.accreditation = nz(c.accreditation());
    f.industry = nz(c.industry());
    f.url = nz(c.url());
    f.costUsd = c.costUsd() == null ? "" : c.costUsd().stripTrailingZeros().toPlainString();
    f.hours = c.hours() == null ? "" : c.hours().toString();
    return f;
  }

  CredentialEdit toEdit() {
    return new CredentialEdit(name, Arrays.asList(aliases.split("\\R")), issuer, type, thirdParty, examBased,
        accreditation, industry, url, money(), hoursNumber());
  }

  private BigDecimal money() {
    String s = costUsd.strip().replace("$", "").replace(",", "");
    if (s.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new CatalogEditException("costUsd", "Give the cost as a number of dollars, e.g. 125 or 125.50, or leave it empty.");
    }
  }

  private Integer hoursNumber() {
    String s = hours.strip().replace(",", "");
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      throw new CatalogEditException("hours", "Give the hours as a whole number, e.g. 40, or leave it empty.");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // Getters and setters for form binding.
  public int getVersion() { return version; }
  public void setVersion(int version) { this.version = version; }
  public String getName() { return name; }
  public void setName(String name) { this.name = nz(name); }
  public String getAliases() { return aliases; }
  public void setAliases(String aliases) { this.aliases = nz(aliases); }
  public String getIssuer() { return issuer; }
  public void setIssuer(String issuer) { this.issuer = nz(issuer); }
  public String getType() { return type; }
  public void setType(String type) { this.type = nz(type); }
  public boolean isThirdParty() { return thirdParty; }
  public void setThirdParty(boolean thirdParty) { this.thirdParty = thirdParty; }
  public boolean isExamBased() { return examBased; }
  public void setExamBased(boolean examBased) { this.examBased = examBased; }
  public String getAccreditation() { return accreditation; }
  public void setAccreditation(String accreditation) { this.accreditation = nz(accreditation); }
  public String getIndustry() { return industry; }
  public void setIndustry(String industry) { this.industry = nz(industry); }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = nz(url); }
  public String getCostUsd() { return costUsd; }
  public void setCostUsd(String costUsd) { this.costUsd = nz(costUsd); }
  public String getHours() { return hours; }
  public void setHours(String hours) { this.hours = nz(hours); }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = nz(reason); }
}
