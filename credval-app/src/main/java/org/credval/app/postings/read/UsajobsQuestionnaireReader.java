package org.credval.app.postings.read;

import java.io.IOException;
import java.util.stream.Stream;
import org.credval.app.platform.imports.SourceFile;

/**
 * USAJOBS application questionnaires as JSON Lines ({@code file, source, source_id, position_title,
 * agency, announcement_number, open_period, text}). A questionnaire is not a job description but
 * names the licenses and certifications applicants must hold; its text is one section.
 */
public final class UsajobsQuestionnaireReader implements PostingReader {

  @Override
  public String format() {
    return "usajobs-questionnaire";
  }

  @Override
  public Stream<PostingRecord> read(SourceFile file) throws IOException {
    return JsonLines.postings(file, node -> Stream.of(posting(node)));
  }

  private PostingDraft posting(tools.jackson.databind.JsonNode q) {
    PostingDraft d = new PostingDraft(format());
    // The file name (usastaffing_<vacancy id>) is unique; the vacancy id alone may repeat across systems.
    String id = JsonLines.text(q, "file");
    d.sourceId = id != null ? id : JsonLines.text(q, "source_id");
    d.title = JsonLines.text(q, "position_title");
    d.employer = JsonLines.text(q, "agency");
    String open = JsonLines.text(q, "open_period");
    if (open != null) {
      try {
        d.postedOn = PostingDraft.date(open.split(" to ")[0]).toString();
      } catch (java.time.format.DateTimeParseException e) {
        d.note("posted_on", "the open period does not start with a date; posted date left empty", open);
      }
    }
    d.section("questionnaire", JsonLines.text(q, "text"));
    return d;
  }
}
