package org.credval.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credval.app.platform.imports.ImportReport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints import reports and writes them as JSON. */
final class ReportOutput {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportOutput() {}

  static void print(ImportReport r, Path json) throws IOException {
    System.out.print(r.toText(20));
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(json, JSON.writeValueAsString(r));
      System.out.println("  report written to " + json);
    }
  }
}
