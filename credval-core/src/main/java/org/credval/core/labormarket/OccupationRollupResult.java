package org.credval.core.labormarket;

import java.util.List;
import java.util.Optional;
import org.credval.core.code.SocCode;

/**
 * The roll-up of one occupation table.
 *
 * @param groups one summary per major group that has at least one counted occupation, in code
 *     order
 * @param problems rows that were not counted, in line order
 */
public record OccupationRollupResult(List<MajorGroupSummary> groups, List<RowProblem> problems) {

  public OccupationRollupResult {
    groups = List.copyOf(groups);
    problems = List.copyOf(problems);
  }

  /**
   * The summary of the major group that {@code code} belongs to ({@code 29-1141} and {@code
   * 29-0000} both give group 29), if any of its occupations was counted.
   */
  public Optional<MajorGroupSummary> group(SocCode code) {
    SocCode major = code.majorGroup();
    return groups.stream().filter(g -> g.majorGroup().equals(major)).findFirst();
  }
}
