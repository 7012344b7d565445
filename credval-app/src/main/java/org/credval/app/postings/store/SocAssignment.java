package org.credval.app.postings.store;

import java.math.BigDecimal;

/**
 * The occupation stored with a posting.
 *
 * @param socCode the SOC code, or null when unknown
 * @param method {@code source} (the source gave it), {@code title} (coded from the title) or {@code unknown}
 * @param confidence the coder's confidence (null when the source gave the code)
 * @param basis what decided, for people
 */
record SocAssignment(String socCode, String method, BigDecimal confidence, String basis) {}
