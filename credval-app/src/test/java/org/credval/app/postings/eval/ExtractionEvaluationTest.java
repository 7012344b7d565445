package org.credval.app.postings.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

  @TempDir Path dir;

  @Test
  void scoresEachMethodAgainstTheLabelsOnTheSamePostings() throws IOException {
    Path data = dir.resolve("data/job-postings-jsonld-fixture");
    Files.createDirectories(data);
    // Two hand-made postings in schema.org JSON-LD, as JSON Lines.
    Files.writeString(data.resolve("p.jsonl"), String.join("\n",
        "{\"@type\":\"JobPosting\",\"identifier\":\"a1\",\"title\":\"Truck Driver\",\"hiringOrganization\":{\"name\":\"X\"},"
            + "\"qualifications\":\"Must have a valid Class A CDL.\",\"description\":\"Drive routes.\"}",
        "{\"@type\":\"JobPosting\",\"identifier\":\"a2\",\"title\":\"Cook\",\"hiringOrganization\":{\"name\":\"Y\"},"
            + "\"description\":\"Cook meals. ServSafe Manager certification preferred.\"}"), StandardCharsets.UTF_8);
    Path labels = dir.resolve("labels.jsonl");
    String cdl = CredentialCatalog.starter().search("Class A CDL").get(0).code().value();
    Files.writeString(labels, String.join("\n",
        "{\"dataset\":\"job-postings-jsonld-fixture\",\"file\":\"p.jsonl\",\"id_field\":\"identifier\",\"id\":\"a1\","
            + "\"credentials\":[{\"code\":\"" + cdl + "\",\"requirement\":\"required\"}]}",
        "{\"dataset\":\"job-postings-jsonld-fixture\",\"file\":\"p.jsonl\",\"id_field\":\"identifier\",\"id\":\"a2\","
            + "\"credentials\":[]}"), StandardCharsets.UTF_8);

    var fixtures = new java.util.HashMap<>(DatasetFormat.FORMATS);
    fixtures.put("job-postings-jsonld-fixture", new DatasetFormat("jsonld", null));
    ExtractionEvaluation.Result r = new ExtractionEvaluation(CredentialCatalog.starter(), fixtures).run(labels, dir.resolve("data"));

    assertThat(r.postings()).isEqualTo(2);
    assertThat(r.unresolved()).isEmpty();
    Score ours = r.scores().get(ExtractionEvaluation.METHODS.get(0)).get("all");
    Score everyHit = r.scores().get(ExtractionEvaluation.METHODS.get(1)).get("all");
    // the CDL is found by all methods; only credval and the heading baseline can call it required
    assertThat(ours.truePositives).isEqualTo(1);
    assertThat(ours.levelCorrect).isEqualTo(1);
    assertThat(everyHit.truePositives).isEqualTo(1);
    assertThat(everyHit.levelCorrect).isZero();
    // ServSafe is in the text but the label says nothing was asked of posting a2: a false positive for every method
    assertThat(ours.falsePositives + everyHit.falsePositives).isGreaterThanOrEqualTo(2);
    // each credval false positive is listed with the text around it
    assertThat(r.errors()).hasSize(ours.falsePositives).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo("false_positive");
      assertThat(e.id()).isEqualTo("a2");
      assertThat(e.excerpt()).contains("[[" + e.matchedText() + "]]").contains("Cook meals.");
      assertThat(e.toJsonLine()).startsWith("{\"dataset\":\"job-postings-jsonld-fixture\"").doesNotContain("\n");
    });
  }

  @Test
  void splitsTheLabelsIntoTwoFixedHalvesThatTogetherAreAll() throws IOException {
    Path labels = dir.resolve("many.jsonl");
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      s.append("{\"dataset\":\"d\",\"file\":\"f\",\"id_field\":\"id\",\"id\":\"p").append(i)
          .append("\",\"credentials\":[]}\n");
    }
    Files.writeString(labels, s, StandardCharsets.UTF_8);
    var all = LabelFile.read(labels);
    long a = all.stream().filter(LabelHalf.A::contains).count();
    long b = all.stream().filter(LabelHalf.B::contains).count();
    assertThat(a + b).isEqualTo(200);
    assertThat(a).isBetween(70L, 130L);
    assertThat(all.stream().filter(LabelHalf.A::contains).filter(LabelHalf.B::contains)).isEmpty();
    // the half a posting falls in depends on nothing but its dataset and id
    assertThat(all.subList(100, 200).stream().filter(LabelHalf.A::contains).toList())
        .isEqualTo(all.stream().filter(LabelHalf.A::contains).filter(l -> all.indexOf(l) >= 100).toList());
  }

  @Test
  void heldOutLabelsNameNoPostingOfTheOriginalSet() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    var original = LabelFile.read(root.resolve(LabelSet.ORIGINAL.file()));
    var heldOut = LabelFile.read(root.resolve(LabelSet.HELDOUT.file()));
    assertThat(heldOut).hasSizeGreaterThanOrEqualTo(120);
    var seen = original.stream().map(LabeledPosting::key).collect(java.util.stream.Collectors.toSet());
    assertThat(heldOut).noneMatch(l -> seen.contains(l.key()));
    // an NYC Job ID has an Internal and an External row with the same text: neither may cross over
    var nycJobs = original.stream().filter(l -> l.dataset().equals("job-postings-nyc-sample"))
        .map(l -> l.id().split("\\|")[0]).collect(java.util.stream.Collectors.toSet());
    assertThat(heldOut).filteredOn(l -> l.dataset().equals("job-postings-nyc-sample"))
        .noneMatch(l -> nycJobs.contains(l.id().split("\\|")[0]));
  }

  @Test
  void devLabelsNameNoPostingOfTheOtherSets() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    var dev = LabelFile.read(root.resolve(LabelSet.DEV.file()));
    assertThat(dev).hasSizeGreaterThanOrEqualTo(90);
    var others = new java.util.ArrayList<>(LabelFile.read(root.resolve(LabelSet.ORIGINAL.file())));
    others.addAll(LabelFile.read(root.resolve(LabelSet.HELDOUT.file())));
    var seen = others.stream().map(LabeledPosting::key).collect(java.util.stream.Collectors.toSet());
    assertThat(dev).noneMatch(l -> seen.contains(l.key()));
    assertThat(dev.stream().map(LabeledPosting::key).distinct()).hasSameSizeAs(dev);
    var nycJobs = others.stream().filter(l -> l.dataset().equals("job-postings-nyc-sample"))
        .map(l -> l.id().split("\\|")[0]).collect(java.util.stream.Collectors.toSet());
    assertThat(dev).filteredOn(l -> l.dataset().equals("job-postings-nyc-sample"))
        .noneMatch(l -> nycJobs.contains(l.id().split("\\|")[0]));
  }

  @Test
  void listsMissedLabelsWithTheirEvidence() throws IOException {
    Path data = dir.resolve("data/job-postings-jsonld-fixture");
    Files.createDirectories(data);
    Files.writeString(data.resolve("p.jsonl"), "{\"@type\":\"JobPosting\",\"identifier\":\"b1\",\"title\":\"Aide\","
        + "\"hiringOrganization\":{\"name\":\"X\"},\"description\":\"Help residents with meals.\"}", StandardCharsets.UTF_8);
    String cna = CredentialCatalog.starter().search("Certified Nurse Aide").get(0).code().value();
    Path labels = dir.resolve("labels.jsonl");
    Files.writeString(labels, "{\"dataset\":\"job-postings-jsonld-fixture\",\"file\":\"p.jsonl\",\"id_field\":\"identifier\","
        + "\"id\":\"b1\",\"credentials\":[{\"code\":\"" + cna + "\",\"requirement\":\"required\",\"evidence\":\"aide role\"}]}",
        StandardCharsets.UTF_8);
    var fixtures = new java.util.HashMap<>(DatasetFormat.FORMATS);
    fixtures.put("job-postings-jsonld-fixture", new DatasetFormat("jsonld", null));
    var r = new ExtractionEvaluation(CredentialCatalog.starter(), fixtures).run(labels, dir.resolve("data"));
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("false_negative");
      assertThat(e.code()).isEqualTo(cna);
      assertThat(e.labeled()).isEqualTo("required");
      assertThat(e.evidence()).isEqualTo("aide role");
      assertThat(e.found()).isNull();
    });
  }

  @Test
  void readsLevelsFromSectionHeadings() {
    assertThat(Baselines.fromHeading("minimum_qual_requirements")).isEqualTo(Requirement.REQUIRED);
    assertThat(Baselines.fromHeading("Preferred Skills")).isEqualTo(Requirement.PREFERRED);
    assertThat(Baselines.fromHeading("description")).isEqualTo(Requirement.MENTIONED);
  }

  @Test
  void computesRatiosWithFixedRounding() {
    Score s = new Score();
    s.truePositives = 2;
    s.falsePositives = 1;
    s.falseNegatives = 0;
    s.levelCorrect = 1;
    assertThat(s.precision()).hasToString("0.667");
    assertThat(s.recall()).hasToString("1.000");
    assertThat(s.levelAccuracy()).hasToString("0.500");
    assertThat(Score.text(new Score().precision())).isEqualTo("n/a");
  }
}
