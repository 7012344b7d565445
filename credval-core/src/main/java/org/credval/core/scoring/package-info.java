/**
 * Scoring credentials under a state's rubric. A {@link org.credval.core.scoring.Rubric} (a
 * versioned JSON policy file read by {@link org.credval.core.scoring.RubricParser}, or one of the
 * {@link org.credval.core.scoring.RubricPresets}) and an {@link org.credval.core.scoring.EvidenceSet}
 * go into a {@link org.credval.core.scoring.Scorer}, which gives a reproducible
 * {@link org.credval.core.scoring.ScoringRun}: per credential a tier or points, an explanation per
 * criterion, the nearest threshold missed and competing credentials. {@link
 * org.credval.core.scoring.RunDiff} compares two runs. Error codes are in {@link
 * org.credval.core.scoring.RubricErrorCode}. The format is described in credval-core/docs/scoring.md.
 */
package org.credval.core.scoring;
