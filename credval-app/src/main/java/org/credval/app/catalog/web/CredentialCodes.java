package org.credval.app.catalog.web;

import org.credval.app.platform.web.BadInputException;
import org.credval.core.code.CredentialCode;

/** Reads a credential code from a URL, or answers 400 with how to write it. */
final class CredentialCodes {

  private CredentialCodes() {}

  static CredentialCode fromPath(String raw) {
    try {
      return CredentialCode.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
