package org.credval.core.catalog.ctdl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.credval.core.catalog.CatalogImport;
import org.credval.core.catalog.CatalogProblem;
import org.credval.core.catalog.CatalogRules;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialType;
import org.credval.core.code.CredentialCode;
import org.credval.core.json.JsonParser;
import org.credval.core.json.JsonSyntaxException;

/** Reads a CTDL JSON-LD document into credentials, collecting problems with their JSON paths. */
final class CtdlReader {

  private static final Pattern CTID =
      Pattern.compile("ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final List<CatalogProblem> problems = new ArrayList<>();
  /** Nodes by {@code @id} and by {@code ceterms:ctid}: publishers reference either. */
  private final Map<String, Located> nodes = new HashMap<>();
  /** Nodes already reported for a wrong or missing type, compared by identity. */
  private final Set<Object> rejected = Collections.newSetFromMap(new IdentityHashMap<>());

  CatalogImport read(String json) {
    Object root;
    try {
      root = JsonParser.parse(json);
    } catch (JsonSyntaxException e) {
      return new CatalogImport(List.of(), List.of(new CatalogProblem(e.line(), "$", e.getMessage())));
    }
    Located doc = Located.root(root);
    if (!doc.isObject()) {
      problem(doc, "expected a JSON-LD document: an object with @context and @graph");
      return result(List.of());
    }
    if (doc.get("@context").items().stream().noneMatch(c -> CtdlTerms.CONTEXT.equals(c.value()))) {
      problem(doc.get("@context"), "must include the CTDL context " + CtdlTerms.CONTEXT);
    }
    Located graph = doc.get("@graph");
    if (!(graph.value() instanceof List)) {
      problem(graph, "missing @graph: expected an array of credential and organization nodes");
      return result(List.of());
    }
    List<Located> credentialNodes = new ArrayList<>();
    for (Located node : graph.items()) {
      classify(node, credentialNodes);
    }
    List<Credential> credentials = new ArrayList<>();
    List<Located> sources = new ArrayList<>();
    Set<CredentialCode> rejected = new HashSet<>();
    for (Located node : credentialNodes) {
      Credential c = new CtdlCredentialReader(node, this).read();
      if (c != null) {
        credentials.add(c);
        sources.add(node);
      } else {
        codeOf(node).ifPresent(rejected::add);
      }
    }
    for (CatalogRules.Violation v : CatalogRules.check(credentials, rejected)) {
      problem(sources.get(v.index()).get(CtdlTerms.PROPERTY_OF_COLUMN.get(v.field())), v.reason());
    }
    return result(credentials);
  }

  private void classify(Located node, List<Located> credentialNodes) {
    if (!node.isObject()) {
      problem(node, "expected a node object");
      return;
    }
    // Index before judging the type, so links to a rejected node are not also called dangling.
    Located ctid = node.get("ceterms:ctid");
    for (Located key : List.of(node.get("@id"), ctid)) {
      key.string().ifPresent(k -> {
        if (nodes.putIfAbsent(k, node) != null) {
          problem(key, "'" + k + "' identifies two nodes in @graph");
        }
      });
    }
    Located type = node.get("@type");
    Optional<String> typeName = typeName(node);
    if (typeName.isEmpty()) {
      rejected.add(node.value());
      problem(type, "missing @type: expected one CTDL class such as ceterms:Certification");
      return;
    }
    boolean organization = typeName.get().equals(CtdlTerms.ORGANIZATION);
    if (typeName.get().equals(CtdlAdvancedStanding.PROGRAM)) {
      return; // a program that advanced standing counts toward: read by CtdlAdvancedStandingReader
    }
    if (!organization && CtdlTerms.credentialType(typeName.get()).isEmpty()) {
      rejected.add(node.value());
      problem(type, "unknown @type '" + typeName.get() + "' (expected ceterms:Certification, "
          + "ceterms:License, ceterms:Certificate, ceterms:Badge, ceterms:ApprenticeshipCertificate"
          + ", " + CtdlAdvancedStanding.PROGRAM + " or " + CtdlTerms.ORGANIZATION + ")");
      return;
    }
    if (ctid.string().filter(s -> CTID.matcher(s).matches()).isEmpty()) {
      problem(ctid, "missing or malformed ceterms:ctid (expected ce- followed by a lower-case UUID)");
    }
    if (organization) {
      if (node.get("ceterms:name").language().string().filter(s -> !s.isBlank()).isEmpty()) {
        problem(node.get("ceterms:name"), "missing ceterms:name of the organization");
      }
    } else {
      credentialNodes.add(node);
    }
  }

  /** Whether the node was rejected as a whole, so references to it need no problem of their own. */
  boolean isRejected(Located node) {
    return rejected.contains(node.value());
  }

  /** The node a reference points to, or a problem naming the dangling reference. */
  Optional<Located> resolve(Located reference) {
    Optional<String> ref = reference.string();
    if (ref.isEmpty()) {
      problem(reference, "expected a reference: the @id or ceterms:ctid of a node in @graph");
      return Optional.empty();
    }
    Located target = nodes.get(ref.get());
    if (target == null) {
      problem(reference, "dangling reference: no node in @graph has @id or ceterms:ctid '" + ref.get() + "'");
    }
    return Optional.ofNullable(target);
  }

  /** The node's single {@code @type}, given as a string or a one-element array. */
  static Optional<String> typeName(Located node) {
    List<Located> types = node.get("@type").items();
    return types.size() == 1 ? types.get(0).string() : Optional.empty();
  }

  static Optional<CredentialType> typeOf(Located node) {
    return typeName(node).flatMap(CtdlTerms::credentialType);
  }

  static boolean isCredential(Located node) {
    return typeOf(node).isPresent();
  }

  /** A node's credval code when it has a well-formed one. */
  static Optional<CredentialCode> codeOf(Located node) {
    try {
      return node.get("credval:code").string().map(CredentialCode::new);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  void problem(Located where, String reason) {
    problems.add(new CatalogProblem(0, where.path(), reason));
  }

  private CatalogImport result(List<Credential> credentials) {
    return new CatalogImport(credentials, problems);
  }
}
