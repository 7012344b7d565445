package org.credval.app.platform.web;

/**
 * A page or API resource that does not exist, such as an unknown SOC or credential code. Shown to
 * people as a friendly 404 page and to API clients as an RFC 9457 problem with status 404.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
