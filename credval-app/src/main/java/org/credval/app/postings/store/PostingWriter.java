package org.credval.app.postings.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.catalog.Credentials;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.app.postings.read.PostingJson;
import org.credval.core.catalog.CatalogTsv;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.Posting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of postings: new ones are inserted, ones whose content (or the catalog they were
 * extracted with) changed are rewritten, equal ones are left alone. Everything goes in JDBC batches
 * (no round trip per posting); duplicates are then linked across everything stored.
 */
@Component
class PostingWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private final Credentials credentials;
  private final PostingTables tables;
  private final DuplicateLinks duplicates;
  private final OccupationCoding occupations;

  PostingWriter(JdbcTemplate jdbc, Credentials credentials, PostingTables tables, DuplicateLinks duplicates,
      OccupationCoding occupations) {
    this.jdbc = jdbc;
    this.credentials = credentials;
    this.tables = tables;
    this.duplicates = duplicates;
    this.occupations = occupations;
  }

  /** The stored state of one posting, as far as deciding whether to rewrite it goes. */
  record Stored(long id, String contentSha, String catalogSha) {}

  WriteCounts write(List<PostingImporter.Row> rows, Batch batch) {
    CredentialCatalog catalog = credentials.catalog();
    if (catalog.size() == 0) {
      // Nothing seeded yet (the catalog is seeded when the server starts): match what a seed would hold.
      catalog = CredentialCatalog.starter();
      if (!rows.isEmpty()) {
        rows.get(0).note().accept("the stored catalog is empty, so postings were matched against the starter catalog", "");
      }
    }
    String catalogSha = sha256(CatalogTsv.write(catalog));
    Set<String> sources = new LinkedHashSet<>();
    rows.forEach(r -> sources.add(r.posting().source()));
    Map<List<String>, Stored> existing = new HashMap<>();
    for (String source : sources) {
      jdbc.query("select id, source_id, content_sha256, catalog_sha256 from posting where source = ?",
          rs -> {
            existing.put(List.of(source, rs.getString(2)), new Stored(rs.getLong(1), rs.getString(3), rs.getString(4)));
          }, source);
    }

    List<PostingTables.Prepared> inserts = new ArrayList<>();
    List<PostingTables.Prepared> updates = new ArrayList<>();
    int unchanged = 0;
    MentionExtractor extractor = null;
    var coder = occupations.coder();
    for (PostingImporter.Row r : rows) {
      Posting p = r.posting();
      String contentSha = contentSha256(p);
      Stored old = existing.get(List.of(p.source(), p.sourceId()));
      if (old != null && old.contentSha().equals(contentSha) && old.catalogSha().equals(catalogSha)) {
        unchanged++;
        continue;
      }
      if (batch.dryRun()) {
        (old == null ? inserts : updates).add(null);
        continue;
      }
      if (extractor == null) {
        extractor = new MentionExtractor(catalog);
      }
      PostingTables.Prepared prepared = new PostingTables.Prepared(old == null ? 0 : old.id(), p, contentSha, catalogSha,
          coder.assign(p), extractor.extract(p));
      (old == null ? inserts : updates).add(prepared);
    }
    if (!batch.dryRun()) {
      tables.insert(inserts, batch.loadId());
      tables.update(updates, batch.loadId());
      List<PostingTables.Prepared> written = new ArrayList<>(inserts);
      written.addAll(updates);
      DuplicateLinks.Result d = duplicates.link(written, batch.loadId());
      for (int i = 0; i < d.linked() && !rows.isEmpty(); i++) {
        rows.get(0).note().accept("postings linked as duplicates of an earlier posting (counted once)", "");
      }
    }
    return new WriteCounts(inserts.size(), updates.size(), unchanged);
  }

  /** The SHA-256 of a posting as normalized, so that equal content read from another file is recognised. */
  static String contentSha256(Posting p) {
    return sha256(JSON.writeValueAsString(PostingJson.of(p)));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
