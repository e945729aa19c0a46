/**
 * Weights for the job-views benchmark (US job board). The data has no certificates,
 * skills, salaries, schedules, education or occupation codes, so those weights are 0
 * (they would rescale nothing) and so are the adjustments (no applications, no
 * publication dates, no target groups). What it has is titles and places. Differences
 * from DEFAULT_WEIGHTS, and why:
 * - seeker.proximity 20 (default 2) and params.seekerShare 0.8 (default 0.5): people on a
 *   job board mostly look at jobs near where they last worked (in the dev half, 2/3 of
 *   viewed jobs of located seekers are within 30 km); title similarity is a weak signal
 *   here (text alone reaches NDCG@10 ≈ 0.015), so nearness must lead and titles order
 *   jobs within a place;
 * - params.distanceScaleKm 30 (default 5): US metros are commuted by car, a Chinese
 *   county's jobs by bus, bike or on foot;
 * - params.regionLevelDecay 0.15 (default 0.6): the US tree has only state and city, and
 *   "same state" is a far weaker tie than "same street" is in a Chinese county.
 * - params.minRelevance 0 (default 0.1): the protocol ranks every position for every
 *   seeker, so nothing may be left out for sharing no word with the seeker's titles.
 * The combination itself is the default one (geometric mean, reciprocity 0), and the
 * result is flat around these values (NDCG@10 within ±0.004 for proximity 10–20,
 * seekerShare 0.7–0.9, decay 0.05–0.3, scale 15–60 km), i.e. not tuned to a peak.
 */
export const JOB_VIEWS_WEIGHTS = {
  seeker: { desiredTitle: 1, occupation: 0, salary: 0, proximity: 20, schedule: 0, text: 1 },
  employer: { skills: 0, certificates: 0, education: 0, text: 1 },
  adjustments: { priority: 0, freshness: 0, congestion: 0 },
  params: { seekerShare: 0.8, regionLevelDecay: 0.15, distanceScaleKm: 30, minRelevance: 0 },
};
