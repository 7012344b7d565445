package org.credval.app.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CredvalPropertiesTest {

  @Test
  void placeholderDefaultsAreResolvedFromSystemProperties() {
    CredvalProperties p = new CredvalProperties(Path.of("${user.home}/.credval"), null, "${user.name}");
    assertEquals(System.getProperty("user.name"), p.operator());
    assertEquals(Path.of(System.getProperty("user.home"), ".credval"), p.home());
  }

  @Test
  void givenValuesAreKept() {
    CredvalProperties p = new CredvalProperties(Path.of("/srv/credval"), null, "analyst1");
    assertEquals("analyst1", p.operator());
    assertEquals(Path.of("/srv/credval"), p.home());
  }
}
