/**
 * Credential mentions in job postings: a single-pass matcher compiled from the catalog
 * ({@link org.credval.core.extract.CredentialMatcher}), context rules for ambiguous acronyms,
 * a requirement level per mention decided from the sentence and the section it sits in, and the
 * {@link org.credval.core.extract.MentionExtractor} that ties them together for one posting.
 * Engine-free: the local CLI and the Spark job call the same code.
 */
package org.credval.core.extract;
