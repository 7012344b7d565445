package org.credval.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.core.catalog.CatalogTsv;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.ctdl.CtdlCodec;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loading catalog files (TSV and CTDL) into the database, with history and rejections. */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CatalogImportIT {

  @Autowired ImportService imports;
  @Autowired StarterCatalog starter;
  @Autowired Credentials credentials;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path dir;

  @BeforeEach
  void seedStarter() {
    starter.ensureLoaded("it");
  }

  @AfterEach
  void removeTestCredentials() {
    for (String sql : List.of("delete from credential_stack where from_code like 'TESTC%' or to_code like 'TESTC%'",
        "delete from credential_alias where code like 'TESTC%'", "delete from credential_soc where code like 'TESTC%'",
        "delete from credential_change where code like 'TESTC%'", "delete from credential where code like 'TESTC%'")) {
      jdbc.update(sql);
    }
  }

  @Test
  void seedsTheStarterCatalogOnceAndStoresItLosslessly() {
    CredentialCatalog expected = CredentialCatalog.starter();
    CredentialCatalog stored = credentials.catalog();
    assertThat(stored.size()).isGreaterThanOrEqualTo(expected.size());
    for (var c : expected.all()) {
      assertThat(CatalogImporter.sameContent(stored.byCode(c.code()).orElseThrow(), c)).as(c.code().value()).isTrue();
    }
    assertThat(starter.load("it").status()).isEqualTo("UNCHANGED");
  }

  @Test
  void importsAChangedCatalogKeepingHistoryAndRejectingBadRowsWithTheirLines() throws IOException {
    var aPlus = credentials.find(new CredentialCode("COMPT001")).orElseThrow();
    String header = String.join("\t", CatalogTsv.COLUMNS);
    String changed = CatalogTsv.line(aPlus).replace("\tCompTIA A+\t", "\tCompTIA A+ (Core 1 and Core 2)\t");
    String unknownStack = CatalogTsv.line(aPlus).replace("COMPT001", "TESTC001").replace("\tCompTIA A+\t", "\tTest credential\t")
        .replaceAll("\tCOMPT002\t", "\tZZZZZ999\t").replace("CompTIA A+ Certification|CompTIA A+ Certified|A+ Certification|A+ Certified|A Plus Certification|CompTIA A Plus", "Test alias one");
    String badType = "TESTC002\tBad type\t\tTest issuer\tdiploma\ttrue\ttrue\t\t\t\t\t\tit\t\tactive";
    String newOne = "TESTC003\tTest stacked credential\tTest stacked alias\tTest issuer\tcertificate\ttrue\tfalse\t\t15-1232\t\t\tCOMPT002\tit\t\tactive";
    Path file = dir.resolve("edit.tsv");
    Files.writeString(file, String.join("\n", header, changed, unknownStack, badType, newOne) + "\n", StandardCharsets.UTF_8);

    ImportReport dry = imports.run("catalog", file, true, "analyst");
    assertThat(dry.status()).isEqualTo("VALIDATED");
    assertThat(credentials.find(new CredentialCode("TESTC003"))).isEmpty();

    ImportReport r = imports.run("catalog", file, false, "analyst");
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(r.updated()).isEqualTo(1);
    assertThat(r.inserted()).isEqualTo(1);
    assertThat(r.rejections()).extracting(x -> x.line() + " " + x.field())
        .containsExactlyInAnyOrder("3 stacks_to", "4 type");
    assertThat(r.rejections()).filteredOn(x -> x.line() == 3).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo(ErrorCode.UNKNOWN_CODE));

    assertThat(credentials.find(new CredentialCode("COMPT001")).orElseThrow().name()).isEqualTo("CompTIA A+ (Core 1 and Core 2)");
    assertThat(credentials.find(new CredentialCode("TESTC003")).orElseThrow().stacksTo()).containsExactly(new CredentialCode("COMPT002"));
    List<String> history = jdbc.queryForList(
        "select change_type || ' by ' || changed_by from credential_change where code = 'COMPT001' order by id", String.class);
    assertThat(history).endsWith("update by analyst");
    String reason = jdbc.queryForObject("select reason from credential_change where code = 'COMPT001' order by id desc limit 1", String.class);
    assertThat(reason).contains("edit.tsv").contains(r.loadId());

    // put A+ back so that other tests see the starter catalog
    Path undo = dir.resolve("undo.tsv");
    Files.writeString(undo, header + "\n" + CatalogTsv.line(aPlus) + "\n", StandardCharsets.UTF_8);
    assertThat(imports.run("catalog", undo, false, "analyst").updated()).isEqualTo(1);
  }

  @Test
  void readsItsOwnCtdlExportAsUnchanged() throws IOException {
    Path file = dir.resolve("catalog.jsonld");
    Files.writeString(file, CtdlCodec.toJsonLd(credentials.catalog()), StandardCharsets.UTF_8);
    ImportReport r = imports.run("catalog", file, false, "it");
    assertThat(r.rejected()).as(r.rejections().stream().map(Object::toString).collect(Collectors.joining("\n"))).isZero();
    assertThat(r.inserted() + r.updated()).isZero();
    assertThat(r.unchanged()).isEqualTo(credentials.count());
  }

  @Test
  void refusesAFileThatIsNotACatalog() throws IOException {
    Path file = dir.resolve("wages.csv");
    Files.writeString(file, "OCC_CODE,A_MEDIAN\n29-1141,93600\n", StandardCharsets.UTF_8);
    ImportReport r = imports.run("catalog", file, false, "it");
    assertThat(r.status()).isEqualTo("REJECTED");
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.FILE_WRONG_KIND);
      assertThat(x.reason()).contains("wages.csv does not look like a credval catalog");
    });
  }
}
