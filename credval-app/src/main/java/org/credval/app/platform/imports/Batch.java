package org.credval.app.platform.imports;

/**
 * The load an importer writes under: its id goes into every row's {@code load_id}.
 *
 * @param loadId the provenance id of this load
 * @param dryRun true when nothing may be written and only counts are wanted
 */
public record Batch(String loadId, boolean dryRun) {}
