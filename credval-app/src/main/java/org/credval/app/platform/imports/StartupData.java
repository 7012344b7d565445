package org.credval.app.platform.imports;

/**
 * Data that credval ships and loads on first start (the curated credential catalog): implemented by
 * features, called by {@code credval demo}. Must change nothing when already loaded.
 */
public interface StartupData {

  void ensureLoaded(String user);
}
