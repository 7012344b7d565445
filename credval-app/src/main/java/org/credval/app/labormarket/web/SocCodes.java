package org.credval.app.labormarket.web;

import org.credval.app.platform.web.BadInputException;
import org.credval.core.code.SocCode;

/** Reads a SOC code from a URL, in any published form, or answers 400 with how to write it. */
final class SocCodes {

  private SocCodes() {}

  static SocCode fromPath(String raw) {
    try {
      return SocCode.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
