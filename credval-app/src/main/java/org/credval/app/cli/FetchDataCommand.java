package org.credval.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credval fetch-data}: downloads the public files credval loads from their publishers into
 * a data folder laid out the way {@code credval import-all} and {@code credval demo} read it.
 */
@Command(name = "fetch-data", mixinStandardHelpOptions = true,
    description = "Download the public labor-market files (BLS OEWS and Employment Projections, SOC, O*NET, CIP) from their publishers into a data folder. Needs internet access. Files already present are kept.")
final class FetchDataCommand implements Callable<Integer> {

  /** A publisher's file and where it goes; {@code zipMember} names the file to take out of a zip. */
  record Download(String url, String target, String zipMember) {}

  static final List<Download> DOWNLOADS = List.of(
      new Download("https://www.bls.gov/soc/2018/soc_2018_definitions.xlsx", "soc-2018/soc_2018_definitions.xlsx", null),
      new Download("https://www.bls.gov/soc/2018/soc_2018_direct_match_title_file.xlsx", "soc-2018/soc_2018_direct_match_title_file.xlsx", null),
      new Download("https://www.onetcenter.org/dl_files/database/db_29_1_text/Occupation%20Data.txt", "onet/occupation_data.txt", null),
      new Download("https://www.onetcenter.org/dl_files/database/db_29_1_text/Alternate%20Titles.txt", "onet/alternate_titles.txt", null),
      new Download("https://www.bls.gov/oes/special-requests/oesm23nat.zip", "bls-oews-national/national_M2023_dl.xlsx", "national_M2023_dl.xlsx"),
      new Download("https://www.bls.gov/oes/special-requests/oesm24nat.zip", "bls-oews-national/national_M2024_dl.xlsx", "national_M2024_dl.xlsx"),
      new Download("https://www.bls.gov/oes/special-requests/oesm24st.zip", "bls-oews-state/state_M2024_dl.xlsx", "state_M2024_dl.xlsx"),
      new Download("https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx", "bls-ep/occupation.xlsx", null),
      new Download("https://nces.ed.gov/ipeds/cipcode/Files/CIPCode2020.csv", "cip-soc-crosswalk/CIPCode2020.csv", null),
      new Download("https://nces.ed.gov/ipeds/cipcode/Files/CIP2020_SOC2018_Crosswalk.xlsx", "cip-soc-crosswalk/CIP2020_SOC2018_Crosswalk.xlsx", null));

  @Option(names = "--to", paramLabel = "<dir>", description = "Target folder (default: $CREDVAL_HOME/data, i.e. ~/.credval/data).")
  Path to;

  @Option(names = "--contact", paramLabel = "<email>", description = "Contact address sent in the User-Agent; BLS asks automated clients to identify themselves.")
  String contact = "credval-user@example.org";

  @Override
  public Integer call() throws Exception {
    Path dir = to != null ? to : Path.of(System.getenv().getOrDefault("CREDVAL_HOME",
        System.getProperty("user.home") + "/.credval")).resolve("data");
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(20)).build();
    int failed = 0;
    for (Download d : DOWNLOADS) {
      Path target = dir.resolve(d.target());
      if (Files.exists(target)) {
        System.out.println("kept     " + target);
        continue;
      }
      try {
        fetch(http, d, target);
        System.out.println("fetched  " + target);
      } catch (IOException e) {
        failed++;
        System.err.println("failed   " + d.url() + ": " + e.getMessage());
      }
    }
    System.out.println(failed == 0
        ? "Done. Load it with: ./credval import-all " + dir + "   or   ./credval demo --data-dir " + dir
        : failed + " file(s) could not be downloaded; run again later or download them by hand (URLs above).");
    return failed == 0 ? 0 : 1;
  }

  private void fetch(HttpClient http, Download d, Path target) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofMinutes(5))
        .header("User-Agent", "credval (" + contact + ")").build();
    HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    if (res.statusCode() != 200) {
      throw new IOException("HTTP " + res.statusCode());
    }
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".fetch", ".part");
    try (InputStream in = res.body()) {
      if (d.zipMember() == null) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      } else {
        copyZipMember(in, d.zipMember(), tmp);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void copyZipMember(InputStream in, String member, Path out) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(member)) {
          Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
          return;
        }
      }
    }
    throw new IOException("the download holds no " + member);
  }
}
