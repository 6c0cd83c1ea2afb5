// Vietnamese first, English complete. Every visible string goes through t().

import { createContext, useContext, type ReactNode } from 'react';

export type Lang = 'vi' | 'en';

const vi = {
  appTitle: 'Chỉ số cải cách hành chính',
  appSubtitle: 'PAR Index, SIPAS, PAPI — Hà Nội, huyện Thạch Thất và các xã',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  language: 'Ngôn ngữ',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  index: 'Chỉ số',
  year: 'Năm',
  unit: 'Đơn vị',
  searchUnit: 'Tìm đơn vị (gõ không dấu cũng được)',
  noUnitFound: 'Không tìm thấy đơn vị phù hợp',
  drillDown: 'Xem cấp dưới',
  breadcrumb: 'Cấp hành chính',
  loading: 'Đang tải dữ liệu…',
  loadError: 'Không tải được dữ liệu',
  retry: 'Thử lại',
  noData: 'Chưa có dữ liệu cho lựa chọn này.',
  noDataHint: 'Hãy chọn năm hoặc chỉ số khác, hoặc tải lên dữ liệu mới.',
  sample: 'dữ liệu mẫu',
  sampleLong: 'Dữ liệu mẫu (minh hoạ, không phải số liệu công bố)',
  sampleNotice:
    'Điểm của các quận, huyện và xã trong bộ dữ liệu kèm theo là dữ liệu mẫu được sinh ra để minh hoạ; không có số liệu công bố cho các đơn vị này.',
  score: 'Điểm',
  rank: 'Xếp hạng',
  rankAxis: 'Hạng (1 = cao nhất)',
  official: 'chính thức',
  computed: 'tính toán',
  computedAmong: 'trong {withData} đơn vị có dữ liệu / {inRegistry} theo danh mục',
  change: 'So với năm {year}',
  up: 'tăng',
  down: 'giảm',
  same: 'giữ nguyên',
  places: 'bậc',
  points: 'điểm',
  noPrevious: 'Không có số liệu năm trước',
  group: 'Nhóm',
  papiGroup: 'Nhóm (1 = cao nhất)',
  national: 'Trung bình cả nước',
  peerAverage: 'Trung bình đơn vị cùng cấp',
  source: 'Nguồn',
  notComparable: 'không so sánh trực tiếp được (khác loại xếp hạng)',
  summary: 'Tổng quan',
  rankOverTime: 'Thứ hạng qua các năm',
  scoreOverTime: 'Điểm qua các năm',
  amongPeers: 'So với các đơn vị cùng cấp',
  rankingTable: 'Bảng xếp hạng năm {year}',
  subIndices: 'Chỉ số thành phần',
  weakTitle: 'Chỉ số thành phần yếu',
  noWeak: 'Không có chỉ số thành phần nào thấp hơn trung bình đơn vị cùng cấp.',
  topics: 'Chuyên đề bồi dưỡng đề xuất',
  topicsIntro:
    'Các chuyên đề nhắm vào chỉ số thành phần yếu, xếp theo mức chênh lệch cần khắc phục.',
  noTopics: 'Không có chuyên đề nào nhắm vào các chỉ số thành phần yếu.',
  whyProposed: 'Vì sao đề xuất',
  showTable: 'Xem dạng bảng',
  hideTable: 'Ẩn bảng',
  methodChange: 'Đổi phương pháp: {version}',
  methodWarning:
    'Lưu ý: giai đoạn này có thay đổi phương pháp đánh giá ({versions}); so sánh giữa các năm cần thận trọng.',
  topAndBottom:
    'Hiển thị {edge} đơn vị đầu, {edge} đơn vị cuối và đơn vị đang xem (trong tổng số {n}).',
  highlighted: 'đơn vị đang xem',
  others: 'đơn vị khác',
  shareOfMax: '% điểm tối đa',
  unitCol: 'Đơn vị',
  yearCol: 'Năm',
  component: 'Thành phần',
  weak: 'yếu',
  sortBy: 'Sắp xếp theo {col}',
  fallbackNotice: 'Một số tham số trên địa chỉ không hợp lệ nên đã dùng mặc định: {what}.',
  levelProvince: 'Tỉnh/Thành phố',
  levelDistrict: 'Quận/Huyện',
  levelCommune: 'Xã/Phường',
  levelCountry: 'Cả nước',
  officialLong: 'Hạng chính thức',
  computedLong: 'Hạng tính toán từ dữ liệu',
  gap: 'Chênh lệch',
  chartOf: '{chart}: {unit}, {index}, {year}',
  dataFooter: 'Dữ liệu: tệp CSV trong thư mục data/ (xem README).',
  present: 'Trình chiếu',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  appTitle: 'Administrative reform indices',
  appSubtitle: 'PAR Index, SIPAS, PAPI — Hà Nội, Thạch Thất district and its communes',
  skipToContent: 'Skip to main content',
  language: 'Language',
  switchLang: 'Tiếng Việt',
  switchLangLabel: 'Chuyển sang tiếng Việt',
  index: 'Index',
  year: 'Year',
  unit: 'Unit',
  searchUnit: 'Search for a unit (diacritics optional)',
  noUnitFound: 'No matching unit',
  drillDown: 'Units below',
  breadcrumb: 'Administrative level',
  loading: 'Loading data…',
  loadError: 'The data could not be loaded',
  retry: 'Retry',
  noData: 'No data for this selection yet.',
  noDataHint: 'Choose another year or index, or upload new data.',
  sample: 'sample data',
  sampleLong: 'Sample data (illustrative, not published figures)',
  sampleNotice:
    'Scores of districts and communes in the bundled dataset are generated sample data for illustration; no published figures exist for these units.',
  score: 'Score',
  rank: 'Rank',
  rankAxis: 'Rank (1 = best)',
  official: 'official',
  computed: 'computed',
  computedAmong: 'among {withData} units with data / {inRegistry} in the registry',
  change: 'Since {year}',
  up: 'up',
  down: 'down',
  same: 'unchanged',
  places: 'places',
  points: 'points',
  noPrevious: 'No figure for the previous year',
  group: 'Group',
  papiGroup: 'Group (1 = highest)',
  national: 'National average',
  peerAverage: 'Average of peer units',
  source: 'Source',
  notComparable: 'not directly comparable (different kinds of rank)',
  summary: 'Summary',
  rankOverTime: 'Rank over time',
  scoreOverTime: 'Score over time',
  amongPeers: 'Among peer units',
  rankingTable: 'Ranking for {year}',
  subIndices: 'Sub-indices',
  weakTitle: 'Weak sub-indices',
  noWeak: 'No sub-index is below the average of peer units.',
  topics: 'Proposed training topics',
  topicsIntro: 'Topics that target the weak sub-indices, ordered by the gap they address.',
  noTopics: 'No topic targets the weak sub-indices.',
  whyProposed: 'Why it is proposed',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  methodChange: 'Method changed: {version}',
  methodWarning: 'Note: the method changed in this period ({versions}); compare years with care.',
  topAndBottom: 'Showing the top {edge}, the bottom {edge} and the selected unit (of {n}).',
  highlighted: 'selected unit',
  others: 'other units',
  shareOfMax: '% of max',
  unitCol: 'Unit',
  yearCol: 'Year',
  component: 'Component',
  weak: 'weak',
  sortBy: 'Sort by {col}',
  fallbackNotice: 'Some address parameters were not valid, so defaults were used: {what}.',
  levelProvince: 'Province',
  levelDistrict: 'District',
  levelCommune: 'Commune',
  levelCountry: 'Country',
  officialLong: 'Official rank',
  computedLong: 'Rank computed from the data',
  gap: 'Gap',
  chartOf: '{chart}: {unit}, {index}, {year}',
  dataFooter: 'Data: CSV files in the data/ folder (see the README).',
  present: 'Present',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    let s = MESSAGES[lang][key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

const LangContext = createContext<Lang>('vi');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): { lang: Lang; t: Translate } {
  const lang = useContext(LangContext);
  return { lang, t: translator(lang) };
}
