package org.credval.app.postings.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Rejection;
import org.credval.app.platform.imports.SourceFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines file read lazily, one object per non-blank line. A line that is not a JSON object
 * becomes a rejection with its line number; the lines around it are still read.
 */
final class JsonLines {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One non-blank line: the object, or why it could not be read. */
  record Line(long number, JsonNode node, Rejection rejection) {}

  private JsonLines() {}

  static Stream<Line> read(SourceFile file) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8), 1 << 16);
    Iterator<Line> it = new Iterator<>() {
      long number;
      Line next;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        try {
          String text;
          while ((text = in.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\ufeff")) {
              text = text.substring(1);
            }
            if (!text.isBlank()) {
              next = parse(file.name(), number, text);
              return true;
            }
          }
          return false;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public Line next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Line l = next;
        next = null;
        return l;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Each line's postings, finished with the line's number; a bad line becomes its rejection. */
  static Stream<PostingRecord> postings(SourceFile file, java.util.function.Function<JsonNode, Stream<PostingDraft>> drafts)
      throws IOException {
    return read(file).flatMap(line -> line.rejection() != null
        ? Stream.of(PostingRecord.rejected(line.rejection()))
        : drafts.apply(line.node()).map(d -> d.finish(file.name(), line.number())));
  }

  static Line parse(String file, long number, String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        return new Line(number, null, new Rejection(file, number, null, "the line is not a JSON object", ErrorCode.FILE_UNREADABLE, text));
      }
      return new Line(number, node, null);
    } catch (JacksonException e) {
      String why = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
      return new Line(number, null, new Rejection(file, number, null, "malformed JSON: " + firstLine(why), ErrorCode.FILE_UNREADABLE, text));
    }
  }

  /** A field's text, or null when absent, JSON null, or blank. Numbers and booleans as written. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isMissingNode() || v.isContainer()) {
      return null;
    }
    String s = v.asString();
    return s == null || s.isBlank() ? null : s;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
