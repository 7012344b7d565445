package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.SourceFile;
import org.credval.core.postings.NearDuplicates;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

/**
 * The NYC Jobs sample lists most jobs twice, as an internal and an external posting with the same
 * Job ID: near-duplicate detection must put each such pair in one group, without merging jobs.
 */
class NycDuplicatesTest {

  @Test
  void groupsTheInternalAndExternalPostingOfEachJob() throws Exception {
    Path file = SharedData.file("job-postings-nyc-sample/nyc_jobs_postings_sample.mojibake_fixed.csv.gz");
    List<Posting> postings;
    try (var records = PostingReaders.forFormat("nyc-jobs", null).read(SourceFile.of(file))) {
      postings = records.filter(PostingRecord::accepted).map(PostingRecord::posting).toList();
    }
    int[] rep = new NearDuplicates(0.8).representatives(postings);

    Map<String, Set<Integer>> groupsByJob = new HashMap<>();
    for (int i = 0; i < postings.size(); i++) {
      String job = postings.get(i).sourceId().replaceAll("-(internal|external)$", "");
      groupsByJob.computeIfAbsent(job, k -> new HashSet<>()).add(rep[i]);
    }
    long jobsSplit = groupsByJob.values().stream().filter(g -> g.size() > 1).count();
    Set<Integer> groups = new HashSet<>();
    for (int r : rep) {
      groups.add(r);
    }
    assertThat(jobsSplit).as("jobs whose two postings were not grouped").isZero();
    // Different jobs may share an identical text (the same title re-advertised under a new Job ID),
    // so there can be fewer groups than jobs, but never more.
    assertThat(groups.size()).isLessThanOrEqualTo(groupsByJob.size()).isGreaterThan(groupsByJob.size() * 8 / 10);
  }
}
