package org.credval.app.postings.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.SourceFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * schema.org {@code JobPosting} JSON-LD: one document (a posting, an array of postings or an
 * {@code @graph}), or JSON Lines with a posting per line. Structured credentials stated with the
 * JDX JobSchema+ pattern ({@code EducationalOccupationalCredential} values of
 * {@code educationRequirements} or {@code qualifications}) are taken as given; see
 * {@link JsonLdPosting}.
 */
public final class JsonLdReader implements PostingReader {

  @Override
  public String format() {
    return "jsonld";
  }

  @Override
  public Stream<PostingRecord> read(SourceFile file) throws IOException {
    if (isJsonLines(file)) {
      return JsonLines.postings(file, node -> postings(node).stream().map(JsonLdPosting::draft));
    }
    JsonNode root;
    try (InputStream in = file.open()) {
      root = JsonLines.JSON.readTree(in);
    } catch (JacksonException e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE, file.name() + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<JsonNode> postings = postings(root);
    if (postings.isEmpty()) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND, file.name() + " holds no schema.org JobPosting");
    }
    return IntStream.range(0, postings.size())
        .mapToObj(i -> JsonLdPosting.draft(postings.get(i)).finish(file.name(), i + 1L));
  }

  /** The postings in a document: itself, the elements of an array, or the members of an {@code @graph}. */
  static List<JsonNode> postings(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.addAll(postings(n)));
    } else if (node.has("@graph")) {
      node.get("@graph").forEach(n -> out.addAll(postings(n)));
    } else if (node.isObject() && (isJobPosting(node) || !node.has("@type"))) {
      out.add(node);
    }
    return out;
  }

  private static boolean isJobPosting(JsonNode n) {
    JsonNode t = n.get("@type");
    return t != null && t.toString().contains("JobPosting");
  }

  // JSON Lines when the first non-blank line is a whole JSON object on its own.
  private static boolean isJsonLines(SourceFile file) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String t = line.strip().replace("\ufeff", "");
        if (t.isEmpty()) {
          continue;
        }
        if (!t.startsWith("{")) {
          return false;
        }
        return JsonLines.parse(file.name(), 1, t).node() != null;
      }
    }
    throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected JSON-LD JobPostings");
  }
}
