// natural ships one index.d.ts for the whole package; the classifier is imported on its own
// (importing the root loads database drivers and reads .env) and needs typings of its own.
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export default class BayesClassifier {
    addDocument(tokens: string[], label: string): void;
    train(): void;
    getClassifications(tokens: string[]): Array<{ label: string; value: number }>;
  }
}
