package org.credval.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CredvalCommandTest {

  @Test
  void helpListsEveryCommand() {
    StringWriter out = new StringWriter();
    CommandLine cl = CredvalCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("--help")).isZero();
    assertThat(out.toString()).contains("demo", "serve", "import", "import-all", "catalog", "fetch-data", "show-config");
  }

  @Test
  void showConfigPrintsEffectiveValuesAndMasksPasswords() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int exit = CredvalCommand.commandLine().execute("show-config", "--db-url", "jdbc:postgresql://db.example/credval",
          "--db-password", "s3cret", "--home", "/tmp/credval-home");
      assertThat(exit).isZero();
    } finally {
      System.setOut(old);
    }
    String text = buf.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("spring.datasource.url = jdbc:postgresql://db.example/credval")
        .contains("credval.home = /tmp/credval-home")
        .contains("spring.datasource.password = ********")
        .doesNotContain("s3cret");
  }

  @Test
  void anUnknownCommandIsAUsageErrorNotATrace() {
    StringWriter err = new StringWriter();
    CommandLine cl = CredvalCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-command").doesNotContain("Exception");
  }

  @Test
  void theDataFolderListsEachKnownFileOnceInLoadOrder() {
    var paths = DataFolder.ENTRIES.stream().map(DataFolder.Entry::relativePath).toList();
    assertThat(paths).doesNotHaveDuplicates();
    // classifications before the data that refers to them
    assertThat(paths.indexOf("soc-2018/soc_2018_definitions.csv"))
        .isLessThan(paths.indexOf("bls-oews-national/national_M2024_dl.xlsx"));
    assertThat(paths.indexOf("cip-soc-crosswalk/CIPCode2020.csv.gz"))
        .isLessThan(paths.indexOf("cip-soc-crosswalk/top_cip_soc_crosswalk_2025-02.csv"));
    // postings after the title lists that code their occupations, each with a format the readers know
    var postings = DataFolder.ENTRIES.stream().filter(e -> e.kind().equals("postings")).toList();
    assertThat(postings).isNotEmpty().allSatisfy(e -> {
      assertThat(paths.indexOf(e.relativePath())).isGreaterThan(paths.indexOf("onet/alternate_titles.txt.gz"))
          .isGreaterThan(paths.indexOf("soc-2018/soc_2018_direct_match_title_file.xlsx"));
      assertThat(org.credval.app.postings.read.PostingReaders.FORMATS).contains(e.options().get("format"));
    });
  }

  @Test
  void scorePresetsRunsWithoutTheOptionsAScoringRunNeeds() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      CommandLine cl = CredvalCommand.commandLine();
      cl.setErr(new PrintWriter(err));
      assertThat(cl.execute("score", "presets")).isZero();
    } finally {
      System.setOut(old);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("texas", "ohio", "louisiana", "tennessee", "florida");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void scoreWithoutItsOptionsNamesEveryMissingOne() {
    StringWriter err = new StringWriter();
    CommandLine cl = CredvalCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("score", "--state", "TX")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required options", "--rubric", "--period", "--out")
        .doesNotContain("'--state").doesNotContain("Exception");
  }
}
