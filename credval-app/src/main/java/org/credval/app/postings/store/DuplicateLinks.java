package org.credval.app.postings.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credval.core.postings.NearDuplicates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links the postings of a load to the postings they repeat, among everything stored, with
 * credval-core's {@link NearDuplicates} rule: candidates share a MinHash band ({@code posting_band}),
 * and a candidate is a duplicate when the exact Jaccard similarity of the two texts' word shingles
 * is at least 0.8 and the two can be the same opening (same employer, same place, posted within the
 * rule's window; {@link NearDuplicates#sameOpening}). Duplicates form groups (transitively); the representative of a group is its
 * earliest stored posting (lowest id: the first loaded, and within a file the first in file order).
 * Every other member has {@code duplicate_of} set to it, so a group is counted once. When a new
 * posting joins two stored groups, the later group is re-pointed to the earlier representative.
 * When a stored posting is rewritten, the postings that pointed to it are linked again with it.
 */
@Component
class DuplicateLinks {

  private static final int IN_LIST = 500;

  private final JdbcTemplate jdbc;
  private final NearDuplicates rule = new NearDuplicates(0.8, NearDuplicates.DEFAULT_WINDOW_DAYS);

  DuplicateLinks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What linking did: postings of the load linked to a representative, and stored groups merged. */
  record Result(int linked, int mergedGroups) {}

  Result link(List<PostingTables.Prepared> written, String loadId) {
    if (written.isEmpty()) {
      return new Result(0, 0);
    }
    Map<Long, NearDuplicates.Sketch> sketches = new HashMap<>();
    Map<Long, NearDuplicates.Facts> facts = new HashMap<>();
    Map<List<Long>, List<Long>> buckets = new HashMap<>();
    for (PostingTables.Prepared p : written) {
      sketches.put(p.id, p.sketch);
      facts.put(p.id, NearDuplicates.Facts.of(p.posting));
      long[] h = p.sketch.bandHashes();
      for (int b = 0; b < h.length; b++) {
        buckets.computeIfAbsent(List.of((long) b, h[b]), k -> new ArrayList<>()).add(p.id);
      }
    }
    // Postings that pointed to a posting rewritten by this load are linked again, as if loaded with it.
    List<Long> own = new ArrayList<>(sketches.keySet());
    List<Long> relinked = detachFollowers(own);
    storedSketches(new java.util.TreeSet<>(relinked), facts).forEach((id, sketch) -> {
      sketches.put(id, sketch);
      long[] h = sketch.bandHashes();
      for (int b = 0; b < h.length; b++) {
        buckets.computeIfAbsent(List.of((long) b, h[b]), k -> new ArrayList<>()).add(id);
      }
    });
    own.addAll(relinked);
    Map<Long, Long> storedRep = storedCandidates(buckets, sketches.keySet());
    sketches.putAll(storedSketches(storedRep.keySet(), facts));

    Map<Long, NearDuplicates.Facts> repFacts = storedFacts(new java.util.TreeSet<>(storedRep.values()), facts.keySet());
    NearDuplicates.Groups groups = new NearDuplicates.Groups(NearDuplicates.DEFAULT_WINDOW_DAYS);
    facts.forEach(groups::add);
    repFacts.forEach(groups::add);
    storedRep.forEach(groups::join);
    // Two postings often share several bands; their exact check runs once.
    java.util.Set<List<Long>> checked = new java.util.HashSet<>();
    List<long[]> pairs = new ArrayList<>();
    for (List<Long> bucket : buckets.values()) {
      if (bucket.size() < 2) {
        continue;
      }
      Collections.sort(bucket);
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          long x = bucket.get(a);
          long y = bucket.get(b);
          boolean bothStored = storedRep.containsKey(x) && storedRep.containsKey(y);
          if (!bothStored && groups.find(x) != groups.find(y) && checked.add(List.of(x, y))
              && rule.duplicates(sketches.get(x), facts.get(x), sketches.get(y), facts.get(y))) {
            pairs.add(new long[] {x, y});
          }
        }
      }
    }
    groups.unionAll(pairs);

    List<Object[]> links = new ArrayList<>();
    int linked = 0;
    for (long id : own) {
      long root = groups.find(id);
      if (root != id) {
        links.add(new Object[] {root, id});
        linked++;
      }
    }
    Map<Long, Long> merges = new TreeMap<>();
    storedRep.values().forEach(rep -> {
      long root = groups.find(rep);
      if (root != rep) {
        merges.put(rep, root);
      }
    });
    for (int i = 0; i < links.size(); i += IN_LIST) {
      jdbc.batchUpdate("update posting set duplicate_of = ? where id = ?", links.subList(i, Math.min(links.size(), i + IN_LIST)));
    }
    merges.forEach((from, to) -> {
      jdbc.update("update posting set duplicate_of = ? where duplicate_of = ?", to, from);
      jdbc.update("update posting set duplicate_of = ? where id = ?", to, from);
    });
    return new Result(linked, merges.size());
  }

  /**
   * Stored postings of earlier loads that share a band hash with this load's postings, added to the
   * buckets, with their representatives (themselves when they represent their group). Looked up by
   * band and hash on the band index, a few hundred hashes a query: a join of the load's bands with
   * all stored bands left the planner of H2 scanning the whole table for every load.
   */
  private Map<Long, Long> storedCandidates(Map<List<Long>, List<Long>> buckets, java.util.Set<Long> ofThisLoad) {
    Map<Long, List<Long>> hashesByBand = new TreeMap<>();
    buckets.keySet().forEach(k -> hashesByBand.computeIfAbsent(k.get(0), b -> new ArrayList<>()).add(k.get(1)));
    java.util.Set<Long> stored = new java.util.TreeSet<>();
    hashesByBand.forEach((band, hashes) -> {
      Collections.sort(hashes);
      for (int i = 0; i < hashes.size(); i += IN_LIST) {
        List<Long> part = hashes.subList(i, Math.min(hashes.size(), i + IN_LIST));
        Object[] args = new Object[part.size() + 1];
        args[0] = band.intValue();
        for (int k = 0; k < part.size(); k++) {
          args[k + 1] = part.get(k);
        }
        jdbc.query("select posting_id, band_hash from posting_band where band = ? and band_hash in ("
            + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", rs -> {
              long id = rs.getLong(1);
              if (!ofThisLoad.contains(id)) {
                buckets.get(List.of(band, rs.getLong(2))).add(id);
                stored.add(id);
              }
            }, args);
      }
    });
    Map<Long, Long> rep = new HashMap<>();
    List<Long> ids = new ArrayList<>(stored);
    for (int i = 0; i < ids.size(); i += IN_LIST) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
      jdbc.query("select id, duplicate_of from posting where id in (" + String.join(", ", Collections.nCopies(part.size(), "?"))
          + ")", rs -> {
            long id = rs.getLong(1);
            long r = rs.getLong(2);
            rep.put(id, rs.wasNull() ? id : r);
          }, part.toArray());
    }
    return rep;
  }

  /**
   * The stored postings, not among {@code ids}, whose {@code duplicate_of} points at one of them: when
   * a representative is rewritten, its former duplicates may no longer repeat it. Their links are
   * cleared, so they are linked again from scratch.
   */
  private List<Long> detachFollowers(List<Long> ids) {
    java.util.Set<Long> own = new java.util.HashSet<>(ids);
    List<Long> followers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IN_LIST) {
      List<Long> part = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
      jdbc.query("select id from posting where duplicate_of in (" + String.join(", ", Collections.nCopies(part.size(), "?"))
          + ")", rs -> {
            long id = rs.getLong(1);
            if (!own.contains(id)) {
              followers.add(id);
            }
          }, part.toArray());
    }
    Collections.sort(followers);
    jdbc.batchUpdate("update posting set duplicate_of = null where id = ?", followers.stream().map(id -> new Object[] {id}).toList());
    return followers;
  }

  /** The employer, place and date of stored postings not among {@code known}. */
  private Map<Long, NearDuplicates.Facts> storedFacts(java.util.Set<Long> ids, java.util.Set<Long> known) {
    Map<Long, NearDuplicates.Facts> out = new HashMap<>();
    List<Long> all = ids.stream().filter(id -> !known.contains(id)).toList();
    for (int i = 0; i < all.size(); i += IN_LIST) {
      List<Long> part = all.subList(i, Math.min(all.size(), i + IN_LIST));
      jdbc.query("select id, employer, state, area, posted_on from posting where id in ("
          + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", rs -> {
            java.sql.Date posted = rs.getDate(5);
            out.put(rs.getLong(1), new NearDuplicates.Facts(rs.getString(2), rs.getString(3), rs.getString(4),
                posted == null ? null : posted.toLocalDate()));
          }, part.toArray());
    }
    return out;
  }

  /**
   * The sketches of stored postings, from their title and sections as stored; their employer,
   * place and date go to {@code facts}.
   */
  private Map<Long, NearDuplicates.Sketch> storedSketches(java.util.Set<Long> ids, Map<Long, NearDuplicates.Facts> facts) {
    Map<Long, StringBuilder> texts = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      List<Long> part = all.subList(i, Math.min(all.size(), i + IN_LIST));
      String in = String.join(", ", Collections.nCopies(part.size(), "?"));
      jdbc.query("select id, title, employer, state, area, posted_on from posting where id in (" + in + ")",
          rs -> {
            texts.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()).insert(0, rs.getString(2));
            java.sql.Date posted = rs.getDate(6);
            facts.put(rs.getLong(1), new NearDuplicates.Facts(rs.getString(3), rs.getString(4), rs.getString(5),
                posted == null ? null : posted.toLocalDate()));
          }, part.toArray());
      jdbc.query("select posting_id, body from posting_section where posting_id in (" + in + ") order by posting_id, seq",
          rs -> {
            texts.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()).append("\n\n").append(rs.getString(2));
          }, part.toArray());
    }
    Map<Long, NearDuplicates.Sketch> out = new HashMap<>();
    texts.forEach((id, text) -> out.put(id, NearDuplicates.sketch(text.toString())));
    return out;
  }
}
