import { FactWithSource, IndicatorWithCoverage } from '@chiso/shared';

/** Parsed through the shared schemas, so fixtures that drift from the API's shape fail loudly. */
export const wifi = IndicatorWithCoverage.parse({
  key: 'public_wifi_stations',
  category: 'telecom',
  name_vi: 'Trạm phát WiFi công cộng miễn phí',
  name_en: 'Free public WiFi stations',
  unit: 'stations',
  better: 'higher',
  description_en: 'Free public WiFi access points.',
  description_vi: 'Các điểm truy cập WiFi công cộng miễn phí.',
  aggregation: 'sum',
  coverage: [],
  extent: null,
});

export const bts = IndicatorWithCoverage.parse({ ...wifi, key: 'bts_total', name_vi: 'Tổng số trạm BTS', name_en: 'BTS stations' });

const source = {
  id: 7,
  kind: 'report',
  title: 'Hạ tầng viễn thông năm 2020',
  publisher: null,
  url: null,
  published_on: '2021-01-15',
  region: 'da-nang',
  report_year: null,
  format: 'text',
  sha256: 'x',
  created_at: '2026-01-01T00:00:00Z',
};

export function pendingFact(id: number, indicator: string, value: number, confidence: number): FactWithSource {
  const quote = `Đến cuối năm 2020, tổng số đã đạt ${value} điểm.`;
  return FactWithSource.parse({
    id,
    indicator,
    region: 'da-nang',
    year: 2020,
    value,
    value_min: null,
    value_max: null,
    qualifier: 'actual',
    approx: 'exact',
    change_pct: null,
    change_vs_year: null,
    plan_pct: null,
    source_id: 7,
    start: null,
    end: null,
    quote,
    quote_start: null,
    method: 'extracted',
    rule: null,
    confidence,
    status: 'pending',
    note: null,
    machine_read: false,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    source,
  });
}
