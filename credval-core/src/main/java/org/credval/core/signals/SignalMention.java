package org.credval.core.signals;

import java.io.Serializable;
import java.util.Objects;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.Requirement;

/** One stored credential mention, as a signal run reads it: which posting, which credential, how strongly. */
public record SignalMention(String postingId, CredentialCode code, Requirement requirement) implements Serializable {

  public SignalMention {
    Objects.requireNonNull(postingId, "postingId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(requirement, "requirement");
  }
}
