package org.credval.app.signals;

import java.time.OffsetDateTime;

/**
 * One stored signal run ({@code signal_run}).
 *
 * @param engine {@code plain} for the local engine
 * @param inputSha256 digest of the postings and mentions the run read (same input, same digest)
 * @param catalogSha256 the catalog the mentions were extracted with (see {@link SignalService})
 * @param params the thresholds, e.g. {@code min_pay_n=10;top_cooccurring=5;pay=annual_midpoint}
 * @param postings postings counted
 * @param duplicates postings in scope left out because they repeat a counted one
 */
public record SignalRun(
    String runId, OffsetDateTime createdAt, String createdBy, String period, String area, String engine,
    String inputSha256, String catalogSha256, String params, int postings, int duplicates) {}
