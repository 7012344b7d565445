package org.credval.app.postings.read;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.credval.app.platform.imports.Rejection;
import org.credval.app.platform.imports.SourceFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a posting file and writes its mentions, and optionally the normalized postings, as JSON
 * Lines. Output goes to a temporary file beside the target and is moved into place only when the
 * whole input has been read, so a failed run never leaves a half-written file.
 */
public final class Extraction {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final int KEPT_REJECTIONS = 20;

  /** What a run read and wrote; the first rejections and notes are kept for the report. */
  public record Summary(long records, long postings, long rejected, long notes, long mentions,
      List<Rejection> firstRejections, Map<String, Long> rejectionReasons, Map<String, Long> noteReasons) {}

  private Extraction() {}

  /**
   * @param mentionsOut where to write mentions, or null to write none
   * @param postingsOut where to write the normalized postings, or null
   */
  public static Summary run(PostingReader reader, SourceFile input, MentionSource mentions, Path mentionsOut,
      Path postingsOut) throws IOException {
    Output m = Output.open(mentionsOut);
    Output p = Output.open(postingsOut);
    long[] counts = new long[5];
    List<Rejection> first = new ArrayList<>();
    Map<String, Long> reasons = new LinkedHashMap<>();
    Map<String, Long> noteReasons = new LinkedHashMap<>();
    try (m; p; Stream<PostingRecord> records = reader.read(input)) {
      for (PostingRecord r : (Iterable<PostingRecord>) records::iterator) {
        counts[0]++;
        r.notes().forEach(n -> noteReasons.merge(n.field() + ": " + n.reason(), 1L, Long::sum));
        counts[3] += r.notes().size();
        if (!r.accepted()) {
          counts[2]++;
          reasons.merge(r.rejection().field() + ": " + reasonKind(r.rejection().reason()), 1L, Long::sum);
          if (first.size() < KEPT_REJECTIONS) {
            first.add(r.rejection());
          }
          continue;
        }
        counts[1]++;
        p.write(PostingJson.of(r.posting()));
        for (Map<String, Object> mention : mentions.apply(r.posting())) {
          counts[4]++;
          m.write(mention);
        }
      }
      m.commit();
      p.commit();
    }
    return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], first, reasons, noteReasons);
  }

  // Reasons that quote a value are grouped by their wording before the value.
  private static String reasonKind(String reason) {
    return reason.replaceAll("'[^']*'", "'…'").replaceAll("\\d[\\d.,]*", "N");
  }

  /** A JSON Lines file written to a temporary sibling and moved into place on commit. */
  private static final class Output implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private boolean committed;

    private Output(Path target, Path temp, BufferedWriter out) {
      this.target = target;
      this.temp = temp;
      this.out = out;
    }

    static Output open(Path target) throws IOException {
      if (target == null) {
        return new Output(null, null, null);
      }
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
      return new Output(target, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    }

    void write(Map<String, Object> value) throws IOException {
      if (out != null) {
        out.write(JSON.writeValueAsString(value));
        out.write('\n');
      }
    }

    void commit() throws IOException {
      if (out != null) {
        out.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null && !committed) {
        out.close();
        Files.deleteIfExists(temp);
      }
    }
  }
}
