package org.credval.app.labormarket.web;

/** A CIP 2020 instructional program that the CIP-SOC crosswalk links to an occupation. */
public record RelatedProgram(String cipCode, String title) {}
