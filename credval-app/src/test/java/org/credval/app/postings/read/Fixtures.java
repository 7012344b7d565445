package org.credval.app.postings.read;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.credval.app.platform.imports.SourceFile;

/** The hand-made posting files under {@code fixtures/postings}. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/postings/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  static List<PostingRecord> read(PostingReader reader, String name) throws IOException {
    try (Stream<PostingRecord> records = reader.read(SourceFile.of(path(name)))) {
      return records.toList();
    }
  }

  static PostingRecord byId(List<PostingRecord> records, String id) {
    return records.stream().filter(r -> r.accepted() && r.posting().sourceId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no posting " + id + " in " + records));
  }
}
