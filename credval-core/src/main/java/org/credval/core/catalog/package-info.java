/**
 * The credential catalog: {@link org.credval.core.catalog.Credential} values, the validated
 * {@link org.credval.core.catalog.CredentialCatalog}, and the TSV format analysts curate it in
 * ({@link org.credval.core.catalog.CatalogTsv}). {@link org.credval.core.catalog.CredentialCatalog#starter()}
 * loads the bundled starter catalog.
 */
package org.credval.core.catalog;
