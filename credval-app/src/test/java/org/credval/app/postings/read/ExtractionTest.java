package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionTest {

  @TempDir Path dir;

  @Test
  void writesOneLinePerMentionAndCountsRejections() throws Exception {
    MentionSource oneEach = p -> List.of(Map.of("posting_id", p.sourceId(), "credential_code", "TEST001"));
    Path mentions = dir.resolve("mentions.jsonl");
    Extraction.Summary s = Extraction.run(new NycJobsReader(), SourceFile.of(Fixtures.path("nyc-jobs.csv")), oneEach,
        mentions, null);
    assertThat(s.records()).isEqualTo(5);
    assertThat(s.postings()).isEqualTo(3);
    assertThat(s.rejected()).isEqualTo(2);
    assertThat(s.mentions()).isEqualTo(3);
    assertThat(s.firstRejections()).extracting(r -> r.line()).containsExactly(7L, 8L);
    assertThat(Files.readAllLines(mentions)).hasSize(3).first().asString()
        .contains("\"posting_id\":\"90001-internal\"");
  }

  @Test
  void leavesNoFileWhenTheInputFails() throws Exception {
    Path out = dir.resolve("postings.jsonl");
    try {
      Extraction.run(new UsajobsReader(), SourceFile.of(Fixtures.path("board.csv")), MentionSource.NONE, null, out);
    } catch (RuntimeException expected) {
      // not JSON
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
