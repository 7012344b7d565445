/**
 * Priority occupations: star ratings 1-5 by a documented decile method over wage, openings and
 * growth ({@link org.credval.core.priority.PriorityOccupations}), and the high-wage, high-demand
 * and entry-education tests a state sets in {@link org.credval.core.priority.PriorityRules}. Every
 * {@link org.credval.core.priority.PriorityRating} keeps its inputs.
 */
package org.credval.core.priority;
