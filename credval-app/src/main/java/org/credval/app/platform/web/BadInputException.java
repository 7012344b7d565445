package org.credval.app.platform.web;

/**
 * A request whose input cannot be read, such as a malformed SOC code. The message says what was
 * wrong and how to write it, and is shown as is (status 400).
 */
public class BadInputException extends RuntimeException {

  public BadInputException(String message) {
    super(message);
  }
}
