package org.credval.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credval.core.code.CredentialCode;

/**
 * An immutable, validated set of credentials in a fixed order, with lookups by code, by name or
 * alias, and along stacking links in both directions.
 */
public final class CredentialCatalog {

  /** Classpath location of the curated starter catalog. */
  public static final String STARTER_RESOURCE = "/org/credval/core/catalog/credentials.tsv";

  private final List<Credential> all;
  private final Map<CredentialCode, Credential> byCode = new LinkedHashMap<>();
  private final Map<CredentialCode, List<Credential>> stackedFrom = new LinkedHashMap<>();
  private final Map<String, List<Credential>> byName = new LinkedHashMap<>();

  private CredentialCatalog(List<Credential> credentials) {
    this.all = List.copyOf(credentials);
    for (Credential c : all) {
      byCode.put(c.code(), c);
      for (CredentialCode target : c.stacksTo()) {
        stackedFrom.computeIfAbsent(target, k -> new ArrayList<>()).add(c);
      }
      for (String n : c.names()) {
        List<Credential> hits = byName.computeIfAbsent(normalize(n), k -> new ArrayList<>());
        if (!hits.contains(c)) {
          hits.add(c);
        }
      }
    }
  }

  /** A catalog of these credentials in this order; throws when {@link CatalogRules} are broken. */
  public static CredentialCatalog of(Collection<Credential> credentials) {
    List<Credential> list = List.copyOf(credentials);
    List<CatalogRules.Violation> violations = CatalogRules.check(list);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("not a valid catalog: " + violations.stream()
          .limit(10).map(v -> list.get(v.index()).code() + " " + v.field() + ": " + v.reason())
          .collect(Collectors.joining("; ")));
    }
    return new CredentialCatalog(list);
  }

  /** The curated catalog bundled with credval (see {@link #STARTER_RESOURCE}). */
  public static CredentialCatalog starter() {
    return Starter.CATALOG;
  }

  public List<Credential> all() {
    return all;
  }

  public int size() {
    return all.size();
  }

  public Optional<Credential> byCode(CredentialCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Credentials whose name or an alias equals {@code text}, ignoring case and extra spaces. */
  public List<Credential> findByName(String text) {
    return List.copyOf(byName.getOrDefault(normalize(text), List.of()));
  }

  /**
   * Credentials whose name or an alias contains {@code text}, ignoring case; exact matches come
   * first, then the rest in catalog order. A blank query finds nothing.
   */
  public List<Credential> search(String text) {
    String q = normalize(text);
    if (q.isEmpty()) {
      return List.of();
    }
    Set<Credential> hits = new LinkedHashSet<>(byName.getOrDefault(q, List.of()));
    for (Credential c : all) {
      if (c.names().stream().anyMatch(n -> normalize(n).contains(q))) {
        hits.add(c);
      }
    }
    return List.copyOf(hits);
  }

  /** Credentials that stack into {@code code}: the reverse of {@link Credential#stacksTo()}. */
  public List<Credential> stacksFrom(CredentialCode code) {
    return List.copyOf(stackedFrom.getOrDefault(code, List.of()));
  }

  /** Credentials that {@code code} stacks into. */
  public List<Credential> stacksTo(CredentialCode code) {
    return byCode(code).map(c -> c.stacksTo().stream().map(byCode::get).toList()).orElse(List.of());
  }

  public List<Credential> inIndustry(String industry) {
    return all.stream().filter(c -> c.industry().equals(industry)).toList();
  }

  /** Sector keys in order of first appearance. */
  public Set<String> industries() {
    return all.stream().map(Credential::industry).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Lower case, single spaces, straight apostrophes and plain hyphens: the ways postings and people
   * vary a credential's name without meaning another credential.
   */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return text.replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-')
        .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CredentialCatalog other && all.equals(other.all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  @Override
  public String toString() {
    return "CredentialCatalog[" + all.size() + " credentials]";
  }

  /** Loaded on first use, once; a broken bundled file is a build defect, so it fails loudly. */
  private static final class Starter {
    static final CredentialCatalog CATALOG = load();

    private static CredentialCatalog load() {
      try (InputStream in = CredentialCatalog.class.getResourceAsStream(STARTER_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(STARTER_RESOURCE + " is missing from the classpath");
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        return CatalogTsv.read(reader).catalog();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
