// Full-text search over the sources themselves: each document's title and text (evidence quotes are
// sentences of that text, so a phrase from a quote is found too). Stop words are kept, or a phrase
// such as "supplied cameras to the city" could not be matched word for word.
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
