/** Classifies livestream viewer questions (弹幕) into intents; framework-free. */
export { INTENTS, type Intent } from './intents.js';
export { QuestionClassifier, features, splitExamples, type Classification } from './classifier.js';
export { EXAMPLES } from './examples.js';
