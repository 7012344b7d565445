import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.PostingLine;

/**
 * The plain engine for extraction-bench.sh: the same normalized postings as ExtractionJob reads,
 * through credval-core's MentionExtractor on one thread, the same JSON lines out.
 * Run as a source file: java -cp credval-core.jar PlainExtraction.java <postings.jsonl> <out.jsonl>
 */
public class PlainExtraction {
  public static void main(String[] args) throws Exception {
    MentionExtractor extractor = new MentionExtractor(CredentialCatalog.starter());
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        for (Mention m : extractor.extract(PostingLine.parse(line))) {
          out.write(m.toJsonLine());
          out.newLine();
        }
      }
    }
  }
}
