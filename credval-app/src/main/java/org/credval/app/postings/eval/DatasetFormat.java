package org.credval.app.postings.eval;

import java.util.Map;

/** How each public posting dataset is read: the reader's format and, for mapped exports, the mapping. */
record DatasetFormat(String format, String mapping) {

  static final Map<String, DatasetFormat> FORMATS = Map.of(
      "job-postings-nyc-sample", new DatasetFormat("nyc-jobs", null),
      "job-postings-usajobs-api-sample", new DatasetFormat("usajobs", null),
      "usajobs-questionnaires-sample", new DatasetFormat("usajobs-questionnaire", null),
      "job-postings-dice-tech-sample", new DatasetFormat("csv", "dice"),
      "job-postings-goodwill-central-texas", new DatasetFormat("csv", "goodwill"),
      "job-postings-jobscraper-forks", new DatasetFormat("csv", "jobscraper"),
      "job-postings-zapply-healthcare", new DatasetFormat("csv", "zapply"));
}
