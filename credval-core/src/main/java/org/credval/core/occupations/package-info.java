/**
 * Occupation coding of job titles: {@link org.credval.core.occupations.TitleNormalizer} reduces a
 * title as job boards write it to its words, {@link org.credval.core.occupations.TitleCoder} maps it
 * to a SOC code through published title lists (O*NET alternate titles, SOC direct-match titles),
 * with a confidence, and answers "unknown" below its threshold rather than guess.
 */
package org.credval.core.occupations;
