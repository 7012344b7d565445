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

  /** A mention from text fields as files carry them; an unknown level is an error naming the posting. */
  public static SignalMention fromText(String postingId, String code, String requirement) {
    Requirement level = Requirement.fromKey(requirement).orElseThrow(() -> new IllegalArgumentException(
        "posting " + postingId + ": unknown requirement level '" + requirement
            + "' (expected required, required_later, alternative, preferred, mentioned or negated)"));
    return new SignalMention(postingId, CredentialCode.parse(code), level);
  }
}
