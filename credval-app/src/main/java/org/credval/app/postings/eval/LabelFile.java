package org.credval.app.postings.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.Requirement;
import org.credval.core.json.JsonParser;

/** Reads the gold-set label file: JSON Lines, one labeled posting per line (see eval/labels/README.md). */
final class LabelFile {

  private LabelFile() {}

  @SuppressWarnings("unchecked")
  static List<LabeledPosting> read(Path file) throws IOException {
    List<LabeledPosting> out = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      Map<String, Object> o = (Map<String, Object>) JsonParser.parse(text);
      Map<CredentialCode, Requirement> creds = new LinkedHashMap<>();
      Map<CredentialCode, String> evidence = new LinkedHashMap<>();
      for (Object c : (List<Object>) o.getOrDefault("credentials", List.of())) {
        Map<String, Object> m = (Map<String, Object>) c;
        String level = (String) m.get("requirement");
        int at = line;
        CredentialCode code = new CredentialCode((String) m.get("code"));
        creds.put(code, Requirement.fromKey(level).orElseThrow(
            () -> new IllegalArgumentException(file + ":" + at + ": unknown requirement '" + level + "'")));
        if (m.get("evidence") instanceof String e) {
          evidence.put(code, e);
        }
      }
      out.add(new LabeledPosting((String) o.get("dataset"), (String) o.get("file"), (String) o.get("id_field"),
          String.valueOf(o.get("id")), creds, evidence));
    }
    return out;
  }
}
