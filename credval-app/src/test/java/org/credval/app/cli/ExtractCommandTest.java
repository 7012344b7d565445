package org.credval.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code credval extract} runs with no database and no application context. */
class ExtractCommandTest {

  @TempDir Path dir;

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(ExtractCommandTest.class.getResource("/fixtures/postings/" + name).toURI()).toString();
  }

  private record Run(int exit, String out) {}

  private Run extract(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      String[] all = new String[args.length + 1];
      all[0] = "extract";
      System.arraycopy(args, 0, all, 1, args.length);
      int exit = CredvalCommand.commandLine().execute(all);
      return new Run(exit, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void writesMentionsWithTheirLevelsAndTheNormalizedPostings() throws Exception {
    Path mentions = dir.resolve("out/mentions.jsonl");
    Path postings = dir.resolve("out/postings.jsonl");
    Run r = extract("--input", fixture("jobpostings.jsonl"), "--format", "jsonld",
        "--output", mentions.toString(), "--postings-out", postings.toString());
    assertThat(r.out()).contains("4 records, 2 postings read, 2 rejected");
    assertThat(r.out()).contains("jobpostings.jsonl:2 malformed JSON");
    assertThat(r.exit()).isEqualTo(1);
    List<JsonNode> found = Files.readAllLines(mentions).stream().map(l -> JsonMapper.builder().build().readTree(l)).toList();
    // structured JDX credentials are taken as given; free text gets the level its sentence states
    assertThat(found).extracting(m -> m.get("posting_id").asString() + " " + m.get("credential_code").asString() + " "
        + m.get("requirement").asString() + " " + m.get("cue").asString())
        .contains("L-1 AWELD001 required structured:required", "L-1 OSHAX001 preferred structured:preferred",
            "L-4 STDMV001 required required");
    JsonNode cdl = found.stream().filter(m -> m.get("posting_id").asString().equals("L-4")).findFirst().orElseThrow();
    assertThat(cdl.get("matched_text").asString()).isEqualTo("Class A CDL");
    assertThat(cdl.get("end").asInt() - cdl.get("start").asInt()).isEqualTo("Class A CDL".length());
    List<String> lines = Files.readAllLines(postings);
    assertThat(lines).hasSize(2);
    JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
    assertThat(first.get("source_id").asString()).isEqualTo("L-1");
    assertThat(first.get("pay").get("annual_min").asInt()).isEqualTo(45760);
    assertThat(first.get("structured_credentials")).hasSize(4);
    assertThat(Files.list(dir.resolve("out")).map(p -> p.getFileName().toString())).doesNotContain("mentions.jsonl.part");
  }

  @Test
  void aMissingMappingColumnLeavesNoOutputBehind() throws Exception {
    Path postings = dir.resolve("postings.jsonl");
    Run r = extract("--input", fixture("board.csv"), "--format", "csv",
        "--mapping", fixture("board-missing-column.properties"), "--postings-out", postings.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(postings).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void csvNeedsAMapping() {
    assertThat(extract("--input", "x.csv", "--format", "csv").exit()).isEqualTo(2);
  }
}
