package org.credval.app.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.catalog.CatalogImport;
import org.credval.core.catalog.CatalogProblem;
import org.credval.core.catalog.CatalogTsv;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.ctdl.CtdlCodec;
import org.credval.core.code.CredentialCode;
import org.springframework.stereotype.Component;

/**
 * Kind {@code catalog}: credentials from a catalog TSV file or a CTDL JSON-LD document. New codes
 * are added, changed credentials replaced (each change kept in the history with the load as its
 * reason), credentials absent from the file left as they are: a catalog file never deletes.
 */
@Component
class CatalogImporter implements Importer<Credential> {

  private final Credentials credentials;

  CatalogImporter(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public String kind() {
    return "catalog";
  }

  @Override
  public String description() {
    return "credential catalog: credval catalog TSV or CTDL JSON-LD (Credential Engine)";
  }

  @Override
  public Object key(Credential row) {
    return row.code();
  }

  @Override
  public void read(SourceFile file, RowSink<Credential> sink) throws IOException {
    String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected a credential catalog");
    }
    sink.encoding("UTF-8");
    boolean json = text.stripLeading().startsWith("{");
    Set<CredentialCode> known = new HashSet<>();
    credentials.catalog().all().forEach(c -> known.add(c.code()));
    CatalogImport parsed = json ? CtdlCodec.fromJsonLd(text) : CatalogTsv.read(new StringReader(text), known);
    if (!json && parsed.credentials().isEmpty() && parsed.problems().size() == 1
        && parsed.problems().get(0).field().equals("header")) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " does not look like a credval catalog: " + parsed.problems().get(0).reason());
    }
    Set<Integer> badLines = new HashSet<>();
    for (CatalogProblem p : parsed.problems()) {
      badLines.add(p.line());
      sink.reject(p.line(), p.field(), p.reason(), errorCode(p), null);
    }
    int read = json ? parsed.credentials().size() + parsed.problems().size() : countDataLines(text);
    for (int i = 0; i < read; i++) {
      sink.read();
    }
    for (int i = 0; i < parsed.credentials().size(); i++) {
      int line = parsed.lineOf(i);
      if (line > 0 && badLines.contains(line)) {
        continue;
      }
      sink.accept(line, parsed.credentials().get(i));
    }
  }

  @Override
  public WriteCounts write(List<Credential> rows, Batch batch) {
    CredentialCatalog stored = credentials.catalog();
    List<Credential> changed = new ArrayList<>();
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (Credential c : rows) {
      Credential before = stored.byCode(c.code()).orElse(null);
      if (before != null && sameContent(before, c)) {
        unchanged++;
        continue;
      }
      if (before == null) {
        inserted++;
      } else {
        updated++;
      }
      changed.add(c);
      if (!batch.dryRun()) {
        credentials.save(c, before, batch.user(), "loaded from " + batch.fileName() + " (load " + batch.loadId() + ")",
            batch.loadId());
      }
    }
    if (!batch.dryRun()) {
      changed.forEach(credentials::saveStacks);
    }
    return new WriteCounts(inserted, updated, unchanged);
  }

  // The database keeps occupations and stacking links as sets; their order in a file carries no meaning.
  static boolean sameContent(Credential a, Credential b) {
    return a.equals(b) || (a.withSortedLinks().equals(b.withSortedLinks()));
  }

  private static ErrorCode errorCode(CatalogProblem p) {
    String f = String.valueOf(p.field());
    if (f.contains("code") || f.contains("soc") || f.contains("stacks")) {
      return p.reason().contains("unknown") ? ErrorCode.UNKNOWN_CODE : ErrorCode.BAD_CODE;
    }
    if (f.equals("row")) {
      return ErrorCode.ROW_SHAPE;
    }
    return ErrorCode.BAD_VALUE;
  }

  private static int countDataLines(String text) {
    return (int) text.lines().skip(1).filter(l -> !l.isBlank()).count();
  }
}
