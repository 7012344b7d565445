/**
 * Postsecondary currency of credentials: {@link org.credval.core.articulation.Articulation}
 * agreements (a credential earns credit toward a college program), {@link
 * org.credval.core.articulation.ApprenticeshipCredit} (a credential counts hours toward a registered
 * apprenticeship), their CSV forms, and {@link org.credval.core.articulation.PostsecondaryCurrency},
 * the per-credential figures scoring reads.
 */
package org.credval.core.articulation;
