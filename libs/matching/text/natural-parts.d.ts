// natural ships one index.d.ts for the whole package; the parts we import one by one
// (importing the root loads database drivers and reads .env) have no typings of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
