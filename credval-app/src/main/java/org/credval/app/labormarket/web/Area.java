package org.credval.app.labormarket.web;

/** An area that OEWS publishes wages for: the nation ({@code 99}), a state (FIPS code), a region. */
public record Area(String code, String title, String type) {

  public static final String NATIONAL = "99";

  public boolean national() {
    return NATIONAL.equals(code);
  }
}
