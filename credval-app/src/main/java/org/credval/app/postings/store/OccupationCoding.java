package org.credval.app.postings.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.credval.core.code.SocCode;
import org.credval.core.occupations.OccupationTitle;
import org.credval.core.occupations.TitleCoder;
import org.credval.core.postings.Posting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives each posting an occupation: the source's SOC code when it has one, else credval-core's
 * {@link TitleCoder} over the title lists the labor-market imports stored (O*NET alternate titles
 * and occupation titles, SOC direct-match titles), else unknown.
 */
@Component
class OccupationCoding {

  private final JdbcTemplate jdbc;

  OccupationCoding(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A coder over the title lists as stored now. */
  Coder coder() {
    return new Coder(new TitleCoder(titles(), TitleCoder.DEFAULT_THRESHOLD));
  }

  List<OccupationTitle> titles() {
    List<OccupationTitle> out = new ArrayList<>();
    jdbc.query("select title, soc_code from soc_direct_match_title", rs -> {
      out.add(new OccupationTitle(rs.getString(1), new SocCode(rs.getString(2)), OccupationTitle.SOC_DIRECT_MATCH));
    });
    jdbc.query("select title, soc_code from onet_occupation", rs -> {
      out.add(new OccupationTitle(rs.getString(1), new SocCode(rs.getString(2)), OccupationTitle.ONET_OCCUPATION));
    });
    jdbc.query("select a.title, o.soc_code from onet_alternate_title a join onet_occupation o on o.onet_code = a.onet_code",
        rs -> {
          out.add(new OccupationTitle(rs.getString(1), new SocCode(rs.getString(2)), OccupationTitle.ONET_ALTERNATE));
        });
    return out;
  }

  /** Codes postings with one compiled dictionary. */
  static final class Coder {
    private final TitleCoder titles;

    Coder(TitleCoder titles) {
      this.titles = titles;
    }

    SocAssignment assign(Posting p) {
      if (p.socCode() != null) {
        return new SocAssignment(p.socCode().value(), "source", null, "given by the source");
      }
      TitleCoder.Coded c = titles.code(p.title());
      BigDecimal confidence = BigDecimal.valueOf(c.confidence()).setScale(3, RoundingMode.HALF_UP);
      return c.known()
          ? new SocAssignment(c.soc().value(), "title", confidence, c.basis())
          : new SocAssignment(null, "unknown", confidence, c.basis());
    }
  }
}
