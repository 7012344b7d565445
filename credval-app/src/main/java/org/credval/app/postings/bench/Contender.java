package org.credval.app.postings.bench;

import java.util.List;
import org.credval.core.postings.Posting;

/** One method measured by the throughput benchmark: it processes postings and counts what it found. */
interface Contender {

  String name();

  /** Processes every posting once and returns the number of hits (so the work cannot be skipped). */
  long run(List<Posting> postings);
}
