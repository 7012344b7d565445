package org.credval.app.platform.web;

import java.util.function.Function;

/**
 * A request whose input cannot be read, such as a malformed SOC code. The message says what was
 * wrong and how to write it, and is shown as is (status 400).
 */
public class BadInputException extends RuntimeException {

  public BadInputException(String message) {
    super(message);
  }

  /**
   * Reads a code from a request with a code type's parser, e.g. {@code SocCode::parse}; its
   * message, which says how to write the code, becomes the 400 answer.
   */
  public static <T> T parse(String raw, Function<String, T> parser) {
    try {
      return parser.apply(raw);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
