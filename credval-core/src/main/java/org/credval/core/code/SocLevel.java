package org.credval.core.code;

/** The four levels of the SOC hierarchy. */
public enum SocLevel {
  MAJOR,
  MINOR,
  BROAD,
  DETAILED
}
