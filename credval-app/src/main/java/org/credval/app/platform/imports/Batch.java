package org.credval.app.platform.imports;

/**
 * The load an importer writes under: its id goes into every row's {@code load_id}.
 *
 * @param loadId the provenance id of this load
 * @param dryRun true when nothing may be written and only counts are wanted
 * @param user who runs the load, for importers that keep an edit history
 * @param fileName the file being loaded, for the same
 */
public record Batch(String loadId, boolean dryRun, String user, String fileName) {

  public Batch(String loadId, boolean dryRun) {
    this(loadId, dryRun, "system", "");
  }
}
