/**
 * Employer signals from stored postings: {@link org.credval.app.signals.SignalService} reads the
 * postings and mentions a run covers, computes rows with credval-core's
 * {@link org.credval.core.signals.SignalAggregator}, and stores them as a versioned run
 * ({@code signal_run}, {@code credential_signal}); {@code credval signals} writes them as CSV.
 * Method: docs/signals.md.
 */
package org.credval.app.signals;
