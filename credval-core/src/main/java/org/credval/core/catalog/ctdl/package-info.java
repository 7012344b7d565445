/**
 * Exchange of the catalog with Credential Engine's registry as CTDL JSON-LD, through
 * {@link org.credval.core.catalog.ctdl.CtdlCodec}.
 */
package org.credval.core.catalog.ctdl;
