import type { SeriesPoint } from "../pipeline/createRunStats";

/** Everything the HTML report shows: the summary and the chart series (times in Unix ms). */
export interface ReportData {
  readonly title: string;
  /** The recording and config, for the page header. */
  readonly source: string;
  readonly summary: Readonly<Record<string, unknown>>;
  readonly pnl: readonly SeriesPoint[];
  /** Net edge of each opportunity, bps, by direction. */
  readonly edges: Readonly<Record<string, readonly SeriesPoint[]>>;
  /** Balance per `venue:asset` over time. */
  readonly inventory: Readonly<Record<string, readonly SeriesPoint[]>>;
}
