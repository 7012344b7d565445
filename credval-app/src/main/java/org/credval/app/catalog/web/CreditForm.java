package org.credval.app.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.Articulation;

/**
 * What the agreement forms post, as text typed; {@link #cells()} hands it to the CSV rules by
 * column, and {@link #property(String)} maps a column named in an error back to its form field.
 */
public class CreditForm {

  private static final Map<String, String> PROPERTY_OF_COLUMN = Map.ofEntries(
      Map.entry("institution", "institution"), Map.entry("ipeds_unit_id", "ipedsUnitId"), Map.entry("cip_code", "cipCode"),
      Map.entry("program_title", "programTitle"), Map.entry("credit_hours", "creditHours"),
      Map.entry("credit_type", "creditType"), Map.entry("effective_from", "effectiveFrom"),
      Map.entry("effective_to", "effectiveTo"), Map.entry("source", "source"), Map.entry("notes", "notes"),
      Map.entry("occupation", "occupation"), Map.entry("rapids_code", "rapidsCode"), Map.entry("hours", "hours"),
      Map.entry("reason", "reason"));

  private int version;
  private String institution = "";
  private String ipedsUnitId = "";
  private String cipCode = "";
  private String programTitle = "";
  private String creditHours = "";
  private String creditType = "semester_hour";
  private String effectiveFrom = "";
  private String effectiveTo = "";
  private String source = "";
  private String notes = "";
  private String occupation = "";
  private String rapidsCode = "";
  private String hours = "";
  private String reason = "";

  static CreditForm of(Articulation a, int version) {
    CreditForm f = new CreditForm();
    f.version = version;
    f.institution = a.institution();
    f.ipedsUnitId = nz(a.ipedsUnitId());
    f.cipCode = a.cip().value();
    f.programTitle = a.programTitle();
    f.creditHours = a.creditHours().toPlainString();
    f.creditType = a.creditUnit().key();
    f.effectiveFrom = nz(a.effectiveFrom());
    f.effectiveTo = nz(a.effectiveTo());
    f.source = nz(a.source());
    f.notes = nz(a.notes());
    return f;
  }

  static CreditForm of(ApprenticeshipCredit c, int version) {
    CreditForm f = new CreditForm();
    f.version = version;
    f.occupation = c.occupation();
    f.rapidsCode = nz(c.rapidsCode());
    f.hours = String.valueOf(c.hours());
    f.effectiveFrom = nz(c.effectiveFrom());
    f.effectiveTo = nz(c.effectiveTo());
    f.source = nz(c.source());
    f.notes = nz(c.notes());
    return f;
  }

  /** The values by CSV column, with the credential the page is about. */
  Map<String, String> cells(String credential) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("credential_code", credential);
    m.put("institution", institution);
    m.put("ipeds_unit_id", ipedsUnitId);
    m.put("cip_code", cipCode);
    m.put("program_title", programTitle);
    m.put("credit_hours", creditHours);
    m.put("credit_type", creditType);
    m.put("effective_from", effectiveFrom);
    m.put("effective_to", effectiveTo);
    m.put("source", source);
    m.put("notes", notes);
    m.put("occupation", occupation);
    m.put("rapids_code", rapidsCode);
    m.put("hours", hours);
    return m;
  }

  /** The form field for a CSV column, or null when the column is not on the form. */
  static String property(String column) {
    return column == null ? null : PROPERTY_OF_COLUMN.get(column);
  }

  private static String nz(Object v) {
    return v == null ? "" : v.toString();
  }

  public int getVersion() { return version; }
  public void setVersion(int version) { this.version = version; }
  public String getInstitution() { return institution; }
  public void setInstitution(String v) { institution = v; }
  public String getIpedsUnitId() { return ipedsUnitId; }
  public void setIpedsUnitId(String v) { ipedsUnitId = v; }
  public String getCipCode() { return cipCode; }
  public void setCipCode(String v) { cipCode = v; }
  public String getProgramTitle() { return programTitle; }
  public void setProgramTitle(String v) { programTitle = v; }
  public String getCreditHours() { return creditHours; }
  public void setCreditHours(String v) { creditHours = v; }
  public String getCreditType() { return creditType; }
  public void setCreditType(String v) { creditType = v; }
  public String getEffectiveFrom() { return effectiveFrom; }
  public void setEffectiveFrom(String v) { effectiveFrom = v; }
  public String getEffectiveTo() { return effectiveTo; }
  public void setEffectiveTo(String v) { effectiveTo = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getNotes() { return notes; }
  public void setNotes(String v) { notes = v; }
  public String getOccupation() { return occupation; }
  public void setOccupation(String v) { occupation = v; }
  public String getRapidsCode() { return rapidsCode; }
  public void setRapidsCode(String v) { rapidsCode = v; }
  public String getHours() { return hours; }
  public void setHours(String v) { hours = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
