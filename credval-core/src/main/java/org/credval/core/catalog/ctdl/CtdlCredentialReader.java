package org.credval.core.catalog.ctdl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialFieldException;
import org.credval.core.catalog.CredentialStatus;
import org.credval.core.catalog.CredentialType;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocLevel;
import org.credval.core.code.SocCode;

/** Turns one credential node into a {@link Credential}, or into problems at exact JSON paths. */
final class CtdlCredentialReader {

  private static final Pattern HOURS = Pattern.compile("PT([1-9]\\d{0,6})H");

  private final Located node;
  private final CtdlReader reader;
  private boolean failed;

  CtdlCredentialReader(Located node, CtdlReader reader) {
    this.node = node;
    this.reader = reader;
  }

  Credential read() {
    CredentialType type = CtdlReader.typeOf(node).orElseThrow();
    CredentialCode code = required("credval:code", v -> v.string().map(CredentialCode::new), "a credval code such as COMPT001");
    String name = required("ceterms:name", v -> v.language().string(), "a language map such as {\"en-US\": \"CompTIA A+\"}");
    List<String> aliases = texts(node.get("ceterms:alternateName").language());
    String issuer = issuer();
    Boolean thirdParty = required("credval:thirdParty", v -> bool(v), "true or false");
    Boolean examBased = required("credval:examBased", v -> bool(v), "true or false");
    List<String> accreditations = texts(node.get("credval:accreditation"));
    List<SocCode> socs = occupations();
    BigDecimal cost = cost();
    Integer hours = hours();
    List<CredentialCode> stacks = new ArrayList<>();
    targets("ceterms:isPreparationFor", stacks);
    targets("ceterms:isAdvancedStandingFor", stacks);
    String industry = required("credval:industry", Located::string, "a sector key such as healthcare");
    String url = node.get("ceterms:subjectWebpage").string().orElse(null);
    CredentialStatus status = status();
    if (failed) {
      return null;
    }
    try {
      return new Credential(code, name, aliases, issuer, type, thirdParty, examBased, accreditations,
          socs, cost, hours, stacks, industry, url, status);
    } catch (CredentialFieldException e) {
      problem(node.get(CtdlTerms.PROPERTY_OF_COLUMN.get(e.field())), e.reason());
      return null;
    }
  }

  private String issuer() {
    Located owners = node.get("ceterms:ownedBy");
    if (owners.items().isEmpty()) {
      problem(owners, "missing ceterms:ownedBy: a reference to the issuing " + CtdlTerms.ORGANIZATION);
      return null;
    }
    Located ref = owners.items().get(0);
    Optional<Located> org = reader.resolve(ref);
    if (org.isEmpty() || reader.isRejected(org.get())) {
      failed = true;
      return null;
    }
    if (!CtdlReader.typeName(org.get()).orElse("").equals(CtdlTerms.ORGANIZATION)) {
      problem(ref, "refers to a node that is not a " + CtdlTerms.ORGANIZATION);
      return null;
    }
    // A nameless organization is reported at its own node; do not repeat it for every credential.
    Optional<String> name = org.get().get("ceterms:name").language().string();
    failed |= name.isEmpty();
    return name.orElse(null);
  }

  private List<SocCode> occupations() {
    List<SocCode> socs = new ArrayList<>();
    for (Located alignment : node.get("ceterms:occupationType").items()) {
      Located notation = alignment.get("ceterms:codedNotation");
      try {
        SocCode soc = SocCode.parse(notation.string().orElse(null));
        if (soc.level() == SocLevel.DETAILED) {
          socs.add(soc);
        } else {
          problem(notation, soc + " is a SOC group, not a detailed occupation");
        }
      } catch (IllegalArgumentException e) {
        problem(notation, e.getMessage());
      }
    }
    return socs;
  }

  private BigDecimal cost() {
    for (Located profile : node.get("ceterms:estimatedCost").items()) {
      Located currency = profile.get("ceterms:currency");
      if (currency.isMissing() || "USD".equals(currency.value())) {
        Located price = profile.get("ceterms:price");
        if (price.value() instanceof BigDecimal amount) {
          return amount;
        }
        problem(price, "expected a number: the price in US dollars");
        return null;
      }
    }
    if (!node.get("ceterms:estimatedCost").items().isEmpty()) {
      problem(node.get("ceterms:estimatedCost"), "no cost profile in USD; credval keeps prices in US dollars");
    }
    return null;
  }

  private Integer hours() {
    List<Located> profiles = node.get("ceterms:estimatedDuration").items();
    if (profiles.isEmpty()) {
      return null;
    }
    Located exact = profiles.get(0).get("ceterms:exactDuration");
    Matcher m = HOURS.matcher(exact.string().orElse(""));
    if (!m.matches()) {
      problem(exact, "expected a whole number of hours as an ISO 8601 duration, e.g. PT40H");
      return null;
    }
    return Integer.valueOf(m.group(1));
  }

  private void targets(String property, List<CredentialCode> stacks) {
    for (Located condition : node.get(property).items()) {
      for (Located ref : condition.get("ceterms:targetCredential").items()) {
        Optional<Located> target = reader.resolve(ref);
        if (target.isEmpty() || reader.isRejected(target.get())) {
          failed = true;
        } else if (!CtdlReader.isCredential(target.get())) {
          problem(ref, "refers to a node that is not a credential");
        } else {
          // A target without a usable code is reported at its own node.
          CtdlReader.codeOf(target.get()).filter(c -> !stacks.contains(c)).ifPresent(stacks::add);
        }
      }
    }
  }

  private CredentialStatus status() {
    Located status = node.get("ceterms:lifeCycleStatusType");
    if (status.items().isEmpty()) {
      return CredentialStatus.ACTIVE; // CTDL's default when a publisher states no status
    }
    Located target = status.items().get(0).get("ceterms:targetNode");
    Optional<CredentialStatus> s = target.string().flatMap(CtdlTerms::status);
    if (s.isEmpty()) {
      problem(target, "expected lifeCycle:Active or lifeCycle:Ceased");
    }
    return s.orElse(null);
  }

  private List<String> texts(Located value) {
    List<String> texts = new ArrayList<>();
    for (Located item : value.items()) {
      item.string().ifPresentOrElse(texts::add, () -> problem(item, "expected text"));
    }
    return texts;
  }

  private static Optional<Boolean> bool(Located v) {
    return v.value() instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  private <T> T required(String property, Function<Located, Optional<T>> reading, String expected) {
    Located value = node.get(property);
    try {
      Optional<T> result = reading.apply(value);
      if (result.isPresent()) {
        return result.get();
      }
      problem(value, (value.isMissing() ? "missing " + property + ": expected " : "expected ") + expected);
    } catch (IllegalArgumentException e) {
      problem(value, e.getMessage());
    }
    return null;
  }

  private void problem(Located where, String reason) {
    failed = true;
    reader.problem(where, reason);
  }
}
