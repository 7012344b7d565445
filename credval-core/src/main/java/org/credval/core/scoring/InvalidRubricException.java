package org.credval.core.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** A rubric that cannot be used, with every problem found (not only the first). */
public final class InvalidRubricException extends IllegalArgumentException {

  private final transient List<RubricProblem> problems;

  public InvalidRubricException(String source, List<RubricProblem> problems) {
    super(source + ": " + problems.size() + " problem(s)\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RubricProblem> problems() {
    return problems;
  }
}
