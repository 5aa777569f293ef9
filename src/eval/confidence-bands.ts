/**
 * Calibration by confidence band (pure): for the predictions of an evaluation, how many fall in each
 * band of confidence, their mean confidence and the share of them that are right. A calibrated
 * confidence has the share right close to the mean confidence in every band.
 */

/** One band of a calibration table. */
export interface ConfidenceBand {
  /** The band's lower bound (inclusive) and upper bound (exclusive, but 1 for the last). */
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  shareRight: number;
}

/** The bands' bounds. */
export const CONFIDENCE_BANDS: readonly number[] = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1];

/** The calibration table of `observations` (a confidence in 0..1 and whether the prediction is right): the bands that hold any. */
export function calibrationBands(observations: Iterable<{ confidence: number; right: boolean }>): ConfidenceBand[] {
  const bands: ConfidenceBand[] = CONFIDENCE_BANDS.slice(0, -1).map((from, b) => ({ from, to: CONFIDENCE_BANDS[b + 1], count: 0, meanConfidence: 0, shareRight: 0 }));
  for (const { confidence, right } of observations) {
    const band = bands.find((c) => confidence < c.to) ?? bands[bands.length - 1];
    band.count++;
    band.meanConfidence += confidence;
    band.shareRight += right ? 1 : 0;
  }
  for (const band of bands) {
    band.meanConfidence = band.count > 0 ? band.meanConfidence / band.count : 0;
    band.shareRight = band.count > 0 ? band.shareRight / band.count : 0;
  }
  return bands.filter((b) => b.count > 0);
}
