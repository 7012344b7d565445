package org.credval.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.credval.app.catalog.Credentials;
import org.credval.app.catalog.StarterCatalog;
import org.credval.app.catalog.credit.ApprenticeshipCredits;
import org.credval.app.catalog.credit.ArticulationAgreements;
import org.credval.app.platform.config.CredvalProperties;
import org.credval.core.articulation.PostsecondaryCredit;
import org.credval.core.catalog.CatalogTsv;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.ctdl.CtdlCodec;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credval catalog …}: export the stored catalog, or (re)load the starter catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Work with the credential catalog. Import a catalog file (TSV or CTDL JSON-LD) with 'credval import catalog <file>'.",
    subcommands = {CatalogCommand.Export.class, CatalogCommand.LoadStarter.class})
final class CatalogCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  enum Format { tsv, ctdl }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the stored catalog (active and retired credentials) as catalog TSV or CTDL JSON-LD; CTDL includes active articulation agreements and apprenticeship credit as ceterms:isAdvancedStandingFor.")
  static final class Export implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "ctdl", description = "tsv or ctdl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "Where to write.")
    Path out;

    @Option(names = "--starter", description = "Export the starter catalog that ships with credval instead of the stored one.")
    boolean starter;

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
      try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
        CredentialCatalog catalog = starter ? CredentialCatalog.starter() : ctx.getBean(Credentials.class).catalog();
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        // The starter has no agreements; the stored catalog exports its active ones as advanced standing.
        PostsecondaryCredit credit = starter ? PostsecondaryCredit.NONE
            : new PostsecondaryCredit(ctx.getBean(ArticulationAgreements.class).active(), ctx.getBean(ApprenticeshipCredits.class).active());
        String text = format == Format.tsv ? CatalogTsv.write(catalog)
            : CtdlCodec.toJsonLd(catalog, soc -> jdbc.sql("select title from soc_occupation where soc_code = ?")
                .param(soc.value()).query(String.class).optional().or(Optional::empty), credit);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.printf("wrote %,d credentials as %s to %s%n", catalog.size(), format, out);
        if (format == Format.ctdl && (!credit.articulations().isEmpty() || !credit.apprenticeships().isEmpty())) {
          System.out.printf("with %,d articulation agreements and %,d apprenticeship credits as advanced standing%n",
              credit.articulations().size(), credit.apprenticeships().size());
        }
        return 0;
      }
    }
  }

  @Command(name = "load-starter", mixinStandardHelpOptions = true,
      description = "Load the starter catalog that ships with credval: adds its new credentials and updates changed ones (with history).")
  static final class LoadStarter implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
      try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
        var r = ctx.getBean(StarterCatalog.class).load(ctx.getBean(CredvalProperties.class).operator());
        ReportOutput.print(r, null);
        return r.rejected() > 0 ? 1 : 0;
      }
    }
  }
}
