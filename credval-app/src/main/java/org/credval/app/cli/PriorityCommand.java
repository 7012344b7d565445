package org.credval.app.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.MarketSnapshot;
import org.credval.app.scoring.OccupationMarkets;
import org.credval.app.scoring.PriorityOccupations;
import org.credval.app.scoring.PriorityTable;
import org.credval.app.scoring.ScoringProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credval priority}: the state's priority occupations with star ratings and every input. */
@Command(name = "priority", mixinStandardHelpOptions = true,
    description = {"Rate every detailed occupation of a state 1 to 5 stars and mark the priority occupations: high wage"
        + " (a floor you choose), high demand (openings over ten years) and entry below a bachelor's degree.",
        "Writes one CSV row per occupation with every input of its rating."})
final class PriorityCommand implements Callable<Integer> {

  @Option(names = "--state", required = true, paramLabel = "<ST>", description = "Two-letter postal code, e.g. TX.")
  String state;

  @Option(names = "--period", required = true, paramLabel = "<year>", description = "Year of the wages and projections.")
  String period;

  @Option(names = "--out", required = true, paramLabel = "<file.csv>", description = "Where to write the table.")
  Path out;

  @Option(names = "--wage-floor", defaultValue = "living-wage", paramLabel = "<floor>",
      description = "High-wage floor: living-wage, state-percentile-25, good-job-under-45 (\\$35,000), good-job-45-plus (\\$45,000). Default: ${DEFAULT-VALUE}.")
  String wageFloor;

  @Option(names = "--min-openings", defaultValue = "200", paramLabel = "<n>",
      description = "High-demand minimum: openings over the ten-year projection (default ${DEFAULT-VALUE}, Indiana's; 0 for none).")
  BigDecimal minOpenings;

  @Option(names = "--min-growth-ratio", paramLabel = "<ratio>",
      description = "Also require growth of at least this multiple of all occupations' growth (Washington uses 0.9).")
  BigDecimal minGrowthRatio;

  @Option(names = "--min-openings-share", paramLabel = "<share>",
      description = "Also require annual openings of at least this share of all openings (Washington uses 0.0008).")
  BigDecimal minOpeningsShare;

  @Option(names = "--any-education", description = "Let occupations that need a bachelor's degree or more at entry be priority occupations too.")
  boolean anyEducation;

  @Option(names = "--living-wage", paramLabel = "<dollars>", description = "Annual living wage for --wage-floor living-wage.")
  BigDecimal livingWage;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    String st = OccupationMarkets.state(state);
    int year = OccupationMarkets.year(period);
    PriorityOccupations.WageFloor floor = PriorityOccupations.WageFloor.fromKey(wageFloor);
    try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
      LivingWage lw = livingWage == null ? ctx.getBean(ScoringProperties.class).defaultLivingWage()
          : new LivingWage(livingWage, "given with --living-wage");
      MarketSnapshot market = ctx.getBean(OccupationMarkets.class).snapshot(st, year);
      PriorityOccupations priority = ctx.getBean(PriorityOccupations.class);
      PriorityOccupations.Options options = new PriorityOccupations.Options(floor, lw,
          minOpenings.signum() == 0 ? null : minOpenings, minGrowthRatio, minOpeningsShare, !anyEducation);
      List<PriorityOccupations.PriorityOccupation> rows = priority.judge(market, options);
      ScoreCommand.write(out, PriorityTable.csv(rows, market));
      long priorityCount = rows.stream().filter(PriorityOccupations.PriorityOccupation::priority).count();
      System.out.printf("%s %d: %,d occupations, %,d priority (high wage, high demand, below a bachelor's at entry)%n",
          market.stateName(), year, rows.size(), priorityCount);
      System.out.println("wage floor: " + priority.floor(market, options).text());
      System.out.println("stars: deciles of wage, openings and growth, equal weights; "
          + rows.stream().filter(r -> r.stars() != null).count() + " occupations rated");
      System.out.println("wrote " + out);
      return 0;
    }
  }
}
