package org.credval.app.postings.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;

/** The posting readers by format name, as {@code credval extract --format} names them. */
public final class PostingReaders {

  public static final List<String> FORMATS = List.of("nyc-jobs", "usajobs", "usajobs-questionnaire", "jsonld", "csv");

  private PostingReaders() {}

  /**
   * @param mapping the column-mapping file for {@code csv}: a path, or the name of a built-in
   *     mapping ({@code dice}, {@code goodwill}, {@code jobscraper}, {@code zapply}); ignored otherwise
   */
  public static PostingReader forFormat(String format, String mapping) throws IOException {
    return switch (format) {
      case "nyc-jobs" -> new NycJobsReader();
      case "usajobs" -> new UsajobsReader();
      case "usajobs-questionnaire" -> new UsajobsQuestionnaireReader();
      case "jsonld" -> new JsonLdReader();
      case "csv" -> {
        if (mapping == null) {
          throw new ImportFileException(ErrorCode.OPTION_REQUIRED,
              "format csv needs --mapping <file> (or a built-in mapping: dice, goodwill, jobscraper, zapply)");
        }
        Path p = Path.of(mapping);
        yield new MappedReader(mapping.matches("[a-z0-9-]+") && !p.toFile().exists()
            ? ColumnMapping.builtIn(mapping) : ColumnMapping.load(p));
      }
      default -> throw new ImportFileException(ErrorCode.OPTION_REQUIRED,
          "unknown posting format '" + format + "'; the formats are " + String.join(", ", FORMATS));
    };
  }
}
