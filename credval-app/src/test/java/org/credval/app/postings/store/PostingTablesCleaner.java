package org.credval.app.postings.store;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the posting tables and forgets posting loads, so each test starts from nothing. */
final class PostingTablesCleaner {

  private PostingTablesCleaner() {}

  static void clear(JdbcTemplate jdbc) {
    for (String t : new String[] {"posting_band", "posting_structured_credential", "posting_mention", "posting_section"}) {
      jdbc.update("delete from " + t);
    }
    jdbc.update("update posting set duplicate_of = null");
    jdbc.update("delete from posting");
    jdbc.update("delete from import_rejection where load_id in (select load_id from import_batch where kind = 'postings')");
    jdbc.update("delete from import_batch where kind = 'postings'");
  }
}
