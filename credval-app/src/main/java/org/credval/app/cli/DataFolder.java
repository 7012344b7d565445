package org.credval.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public data files credval knows how to load, by their place in a data folder laid out as
 * {@code credval fetch-data} writes it (and as the shared data folder of the test machines is), in
 * the order they must be loaded: classifications before the data that refers to them.
 */
final class DataFolder {

  /** One file of the folder and how to import it; the first of its alternative names that exists is read. */
  record Entry(String relativePath, String kind, Map<String, String> options) {
    List<String> alternatives() {
      return relativePath.endsWith(".gz")
          ? List.of(relativePath, relativePath.substring(0, relativePath.length() - 3))
          : List.of(relativePath, relativePath + ".gz");
    }
  }

  // The New York DOL wage table (state-oews-wa-ny/oews-newyork.csv) is left out on purpose: it does
  // not state the year of its estimates, in its name or inside, so it cannot be loaded unattended.
  // Load it by hand once its year is known: credval import oews oews-newyork.csv.gz --set year=YYYY.
  static final List<Entry> ENTRIES = List.of(
      new Entry("soc-2018/soc_2018_definitions.csv", "soc", Map.of()),
      new Entry("soc-2018/soc_2018_definitions.xlsx", "soc", Map.of()),
      new Entry("soc-2018/soc_2018_direct_match_title_file.csv", "soc-titles", Map.of()),
      new Entry("soc-2018/soc_2018_direct_match_title_file.xlsx", "soc-titles", Map.of()),
      new Entry("onet/occupation_data.txt.gz", "onet-occupations", Map.of()),
      new Entry("onet/alternate_titles.txt.gz", "onet-titles", Map.of()),
      new Entry("bls-oews-national/national_M2022_dl.xlsx", "oews", Map.of()),
      new Entry("bls-oews-national/national_M2023_dl.xlsx", "oews", Map.of()),
      new Entry("bls-oews-national/national_M2024_dl.xlsx", "oews", Map.of()),
      new Entry("bls-oews-national/oews_national_M2022.csv.gz", "oews", Map.of()),
      new Entry("bls-oews-national/oews_national_M2023.csv.gz", "oews", Map.of()),
      new Entry("bls-oews-national/oews_national_M2024.csv.gz", "oews", Map.of()),
      new Entry("bls-oews-state-2023-meanwage/state_M2023_dl_meanonly.raw.csv.gz", "oews", Map.of("year", "2023")),
      new Entry("bls-oews-state/state_M2024_dl.xlsx", "oews", Map.of()),
      new Entry("state-oews-wa-ny/oews-washington.csv.gz", "oews", Map.of()),
      new Entry("bls-ep-2024-34/occupation.xlsx", "ep", Map.of()),
      new Entry("bls-ep-2024-34/ep_table_1_2_occupational_projections_2024_34.csv", "ep", Map.of()),
      new Entry("bls-ep-2024-34/ep_table_1_10_separations_openings_2024_34.csv", "ep", Map.of()),
      new Entry("bls-ep/occupation.xlsx", "ep", Map.of()),
      new Entry("cip-soc-crosswalk/CIPCode2020.csv.gz", "cip", Map.of()),
      new Entry("cip-soc-crosswalk/top_cip_soc_crosswalk_2025-02.csv", "cip-soc", Map.of()),
      new Entry("cip-soc-crosswalk/TOP-CIP-SOC_Crosswalk_2025-02.xlsx", "cip-soc", Map.of()),
      new Entry("cip-soc-crosswalk/CIP2020_SOC2018_Crosswalk.xlsx", "cip-soc", Map.of()),
      // Job postings come after the O*NET and SOC title lists, which code their occupations. Left out on
      // purpose: the publisher's mojibake-fixed NYC copy (the same postings as the original), and the
      // job-board exports (Dice, Goodwill, Zapply, the job-scraper forks) and the USAJOBS questionnaires,
      // whose reading and duplicate linking take minutes: too slow for a first look and for the
      // end-to-end test CI runs on two databases. Load them by hand with 'credval import postings'
      // (see docs/postings-ingest.md).
      new Entry("job-postings-nyc-sample/nyc_jobs_postings_sample.csv.gz", "postings", Map.of("format", "nyc-jobs")),
      new Entry("job-postings-usajobs-api-sample/usajobs_search_api_example_results.json.gz", "postings",
          Map.of("format", "usajobs")));

  private DataFolder() {}

  /** The entries whose file exists under {@code dir}, with their absolute paths. */
  static List<Map.Entry<Entry, Path>> present(Path dir) {
    List<Map.Entry<Entry, Path>> out = new ArrayList<>();
    for (Entry e : ENTRIES) {
      e.alternatives().stream().map(dir::resolve).filter(Files::isRegularFile).findFirst()
          .ifPresent(p -> out.add(Map.entry(e, p)));
    }
    return out;
  }
}
