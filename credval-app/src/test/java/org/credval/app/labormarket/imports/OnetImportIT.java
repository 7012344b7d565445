package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;

class OnetImportIT extends LabormarketImportIT {

  /** The data lines of a gzip'd O*NET text file, split at tabs. */
  private static List<String[]> lines(Path file) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }
  }

  @Test
  void loadsTheOccupationsAndTheirAlternateTitles() throws Exception {
    Path occupations = SharedData.file("onet/occupation_data.txt.gz");
    Path titles = SharedData.file("onet/alternate_titles.txt.gz");
    List<String[]> publishedTitles = lines(titles);
    Set<List<String>> distinct = new HashSet<>();
    publishedTitles.forEach(t -> distinct.add(List.of(t[0], t[1])));

    ImportReport o = load("onet-occupations", occupations);
    assertThat(o.status()).isEqualTo("COMMITTED");
    assertThat(o.rejections()).isEmpty();
    assertThat(o.inserted()).isEqualTo(lines(occupations).size());
    assertThat(jdbc.queryForObject("select soc_code from onet_occupation where onet_code = '29-1141.01'", String.class))
        .isEqualTo("29-1141");

    ImportReport t = load("onet-titles", titles);
    assertThat(t.status()).isEqualTo("COMMITTED");
    assertThat(t.rejected()).isZero();
    assertThat(t.duplicates()).isEqualTo(publishedTitles.size() - distinct.size());
    assertThat(t.inserted()).isEqualTo(distinct.size());
    assertThat(count("select count(*) from onet_alternate_title where short_title = 'n/a'")).isZero();
    assertThat(count("select count(*) from onet_alternate_title where short_title is null"))
        .isEqualTo((int) publishedTitles.stream().filter(x -> x[2].equals("n/a"))
            .map(x -> List.of(x[0], x[1])).distinct().count());

    assertThat(load("onet-occupations", occupations).status()).isEqualTo("UNCHANGED");
    assertThat(load("onet-titles", titles).status()).isEqualTo("UNCHANGED");
  }
}
