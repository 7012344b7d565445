package org.credval.app.postings.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ahocorasick.trie.Trie;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.CredentialMatcher;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.Posting;

/**
 * The methods the throughput benchmark compares: credval matching and classifying, credval matching
 * only, and three baselines that only match the same catalog names (a java.util.regex alternation
 * and two established Aho-Corasick libraries, both case-insensitive over lower-cased text).
 */
final class Contenders {

  private Contenders() {}

  static List<Contender> all(CredentialCatalog catalog) {
    List<String> names = catalog.all().stream().flatMap(c -> c.names().stream()).distinct().toList();
    return List.of(credvalExtract(catalog), credvalMatch(catalog), regex(names), hankcs(names), ahocorasick(names));
  }

  static Contender credvalExtract(CredentialCatalog catalog) {
    MentionExtractor extractor = new MentionExtractor(catalog);
    return contender("credval extract (match + context + level)", ps -> {
      long n = 0;
      for (Posting p : ps) {
        n += extractor.extract(p).size();
      }
      return n;
    });
  }

  static Contender credvalMatch(CredentialCatalog catalog) {
    CredentialMatcher matcher = CredentialMatcher.compile(catalog);
    return contender("credval matcher only", ps -> {
      long n = 0;
      for (Posting p : ps) {
        n += matcher.find(p.title()).size();
        for (Posting.Section s : p.sections()) {
          n += matcher.find(s.text()).size();
        }
      }
      return n;
    });
  }

  static Contender regex(List<String> names) {
    String alternation = names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    return contender("java.util.regex alternation (match only)", ps -> {
      long n = 0;
      for (Posting posting : ps) {
        for (String text : texts(posting)) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            n++;
          }
        }
      }
      return n;
    });
  }

  static Contender hankcs(List<String> names) {
    TreeMap<String, String> map = new TreeMap<>();
    names.forEach(s -> map.put(s.toLowerCase(Locale.ROOT), s));
    AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
    trie.build(map);
    return contender("hankcs aho-corasick-double-array-trie (match only)", ps -> {
      long[] n = {0};
      for (Posting posting : ps) {
        for (String text : texts(posting)) {
          trie.parseText(text.toLowerCase(Locale.ROOT),
              (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> n[0]++);
        }
      }
      return n[0];
    });
  }

  static Contender ahocorasick(List<String> names) {
    Trie trie = Trie.builder().ignoreCase().onlyWholeWords().ignoreOverlaps().addKeywords(names).build();
    return contender("org.ahocorasick (match only, whole words)", ps -> {
      long n = 0;
      for (Posting posting : ps) {
        for (String text : texts(posting)) {
          n += trie.parseText(text).size();
        }
      }
      return n;
    });
  }

  static List<String> texts(Posting p) {
    List<String> t = new ArrayList<>(p.sections().size() + 1);
    t.add(p.title());
    p.sections().forEach(s -> t.add(s.text()));
    return t;
  }

  private static Contender contender(String name, java.util.function.ToLongFunction<List<Posting>> body) {
    return new Contender() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long run(List<Posting> postings) {
        return body.applyAsLong(postings);
      }
    };
  }
}
