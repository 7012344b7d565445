package org.credval.app.postings.eval;

import java.util.Map;

/** How each public posting dataset is read: the reader's format and, for mapped exports, the mapping. */
public record DatasetFormat(String format, String mapping) {

  static final Map<String, DatasetFormat> FORMATS = Map.of(
      "job-postings-nyc-sample", new DatasetFormat("nyc-jobs", null),
      "job-postings-usajobs-api-sample", new DatasetFormat("usajobs", null),
      "usajobs-questionnaires-sample", new DatasetFormat("usajobs-questionnaire", null),
      "job-postings-dice-tech-sample", new DatasetFormat("csv", "dice"),
      "job-postings-goodwill-central-texas", new DatasetFormat("csv", "goodwill"),
      "job-postings-jobscraper-forks", new DatasetFormat("csv", "jobscraper"),
      "job-postings-zapply-healthcare", new DatasetFormat("csv", "zapply"));

  /** The format of a dataset of the public data folder, or an error naming the known ones. */
  public static DatasetFormat of(String dataset) {
    DatasetFormat f = FORMATS.get(dataset);
    if (f == null) {
      throw new IllegalArgumentException("no posting format known for dataset " + dataset + "; known: " + FORMATS.keySet());
    }
    return f;
  }
}
