package org.credval.app.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableShapeTest {

  private static Table table(String encoding, List<List<String>> rows) {
    List<String> header = List.of("CODE", "TITLE", "HOURLY");
    Map<String, Integer> columns = Map.of("code", 0, "title", 1, "hourly", 2);
    List<TabularRow> data = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      data.add(new TabularRow(i + 2, rows.get(i), columns));
    }
    return new Table(encoding, header, data);
  }

  private static List<String> read(Table t, RowSink<String> sink) {
    List<String> kept = new ArrayList<>();
    t.forEachRow(sink, r -> kept.add(r.get("CODE")));
    return kept;
  }

  @Test
  void rejectsARowThatAStrayDelimiterWidenedEvenWhenItsLastFieldIsEmpty() {
    Table t = table("UTF-8", List.of(List.of("1", "a", ""), List.of("2", "b", "c", ""), List.of("3", "c", "")));
    RowSink<String> sink = new RowSink<>("t.csv", s -> s);
    assertThat(read(t, sink)).containsExactly("1", "3");
    assertThat(sink.rejections()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo(ErrorCode.ROW_SHAPE));
  }

  @Test
  void acceptsTrailingDelimitersThatMostRowsHave() {
    Table t = table("UTF-8", List.of(List.of("1", "a", "", ""), List.of("2", "b", "", ""), List.of("3", "c", "")));
    RowSink<String> sink = new RowSink<>("t.csv", s -> s);
    assertThat(read(t, sink)).containsExactly("1", "2", "3");
  }

  @Test
  void acceptsWorkbookRowsThatEndEarlyOrCarryEmptyCells() {
    Table t = table("xlsx", List.of(List.of("1", "a"), List.of("2", "b", "", ""), List.of("3", "c", "")));
    RowSink<String> sink = new RowSink<>("t.xlsx", s -> s);
    assertThat(read(t, sink)).containsExactly("1", "2", "3");
  }

  @Test
  void summarisesSkippedRowsAndNotesForTheReport() {
    RowSink<String> sink = new RowSink<>("t.csv", s -> s);
    assertThat(sink.summary()).isNull();
    sink.skip("minor group");
    sink.skip("minor group");
    sink.skip("all-occupations total");
    sink.note("rows with a comment");
    sink.note("aggregates", "29-1999");
    sink.note("aggregates", "29-1999");
    sink.note("aggregates", "21-1018");
    assertThat(sink.summary()).isEqualTo("skipped 3 rows (1 all-occupations total, 2 minor group); "
        + "noted aggregates: 21-1018, 29-1999 (3 rows); noted 1 rows with a comment");
  }

  @Test
  void reportsProgressInTheListenersUnitsAboutOncePerPercent() {
    List<Long> steps = new ArrayList<>();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void start(String task, long total) {}

      @Override
      public void step(long done) {
        steps.add(done);
      }

      @Override
      public void close() {}
    };
    RowSink<String> sink = new RowSink<>("t.csv", s -> s);
    sink.reportProgressTo(listener, 1000);
    for (int i = 1; i <= 500; i++) {
      sink.progress(i, 500);
    }
    assertThat(steps).hasSizeBetween(90, 101).isSorted().endsWith(1000L);
  }
}
