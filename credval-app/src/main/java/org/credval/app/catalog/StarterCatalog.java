package org.credval.app.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.platform.imports.StartupData;
import org.credval.core.catalog.CredentialCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty catalog with the curated starter catalog that ships in credval-core, through the
 * import framework so that the load has provenance like any other. Once the catalog holds
 * credentials it is the state's own: a newer starter is applied only on request
 * ({@code credval catalog load-starter}), never over analysts' edits at start-up.
 */
@Component
public class StarterCatalog implements StartupData {

  static final String FILE_NAME = "credval-starter-catalog.tsv";
  private static final Logger log = LoggerFactory.getLogger(StarterCatalog.class);

  private final Credentials credentials;
  private final ImportService imports;

  StarterCatalog(Credentials credentials, ImportService imports) {
    this.credentials = credentials;
    this.imports = imports;
  }

  @Override
  public void ensureLoaded(String user) {
    if (credentials.count() == 0) {
      ImportReport r = load(user);
      log.info("credential catalog seeded: {} credentials from the starter catalog ({})", r.inserted(), r.status());
    }
  }

  /** Imports the starter catalog: adds new credentials and updates changed ones. */
  public ImportReport load(String user) {
    try {
      Path dir = Files.createTempDirectory("credval-starter");
      Path file = dir.resolve(FILE_NAME);
      try (InputStream in = CredentialCatalog.class.getResourceAsStream(CredentialCatalog.STARTER_RESOURCE)) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        return imports.run("catalog", file, Map.of(), false, user, ProgressListener.NONE);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the starter catalog for import", e);
    }
  }
}
