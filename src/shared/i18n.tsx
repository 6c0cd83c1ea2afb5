// Vietnamese first, English complete. Every visible string goes through t().

import { createContext, useContext, type ReactNode } from 'react';
import type { PanelKey } from './i18n-panels';

export type Lang = 'vi' | 'en';

const vi = {
  appTitle: 'Chỉ số cải cách hành chính',
  appSubtitle: 'PAR Index, SIPAS, PAPI — Hà Nội, huyện Thạch Thất và các xã',
  skipToContent: 'Bỏ qua, đến nội dung chính',
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
  placesUp: 'tăng {n} bậc',
  placesDown: 'giảm {n} bậc',
  placeUp: 'tăng {n} bậc',
  placeDown: 'giảm {n} bậc',
  scorecardTitle: 'Kết quả ba chỉ số — {unit}, năm {year}',
  scorecardShort: 'Kết quả ba chỉ số',
  notMeasured: '{index} chỉ đo ở cấp tỉnh, không có cho {level}',
  otherPeers: 'Các đơn vị cùng cấp khác',
  sourceNote: 'Ghi chú về nguồn (nguyên văn tiếng Anh)',
  noFigure: 'Chưa có số liệu {index} năm {year}',
  rankHistory: 'Thứ hạng các năm',
  points: 'điểm',
  noPrevious: 'Không có số liệu năm trước',
  group: 'Nhóm',
  papiGroup: 'Nhóm (1 = cao nhất)',
  national: 'Trung bình cả nước',
  peerAverage: 'Trung bình đơn vị cùng cấp',
  source: 'Nguồn',
  notComparable: 'không so sánh được: nhóm so sánh khác',
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
  methodChange: 'Đổi phương pháp: {version}',
  methodWarning:
    'Lưu ý: giai đoạn này có thay đổi phương pháp đánh giá ({versions}); so sánh giữa các năm cần thận trọng.',
  topAndBottom:
    'Hiển thị {edge} đơn vị đầu, {edge} đơn vị cuối và đơn vị đang xem (trong tổng số {n}).',
  shareOfMax: '% điểm tối đa',
  unitCol: 'Đơn vị',
  yearCol: 'Năm',
  component: 'Thành phần',
  weak: 'yếu',
  weakLegend: 'Chỉ số thành phần yếu (gạch chéo)',
  sourcesCount: '{n} nguồn',
  sortBy: 'Sắp xếp theo {col}',
  fallbackNotice: 'Một số tham số trên địa chỉ không hợp lệ nên đã dùng mặc định: {what}.',
  levelProvince: 'Tỉnh/Thành phố',
  levelDistrict: 'Quận/Huyện',
  levelCommune: 'Xã/Phường',
  levelCountry: 'Cả nước',
  officialLong: 'Hạng chính thức',
  computedLong: 'Hạng tính toán từ dữ liệu',
  gap: 'Chênh lệch',
  dataFooter: 'Dữ liệu: tệp CSV trong thư mục data/ (xem README).',
  present: 'Trình chiếu',
  dataPanel: 'Dữ liệu và tải lên',
  encoding: 'Bảng mã',
  delimiter: 'Dấu phân cách',
  layout: 'Bố cục',
  kind: 'Loại tệp',
  columns: 'Các cột',
  ignore: 'Bỏ qua',
  message: 'Nội dung',
  error: 'lỗi',
  warning: 'cảnh báo',
  discard: 'Bỏ tệp này',
  state: 'Trạng thái',
  active: 'đang dùng',
  exportImage: 'Tải ảnh biểu đồ',
  periodFrom: 'từ {date}',
  periodTo: 'đến {date}',
  periodBetween: '{from}–{to}',
  movedYear:
    'Năm {asked} không thuộc thời gian tồn tại của {unit} ({period}); đang xem năm {year}.',
  newUnitSince: 'Đơn vị mới từ {date}: xem các đơn vị trước đó ở mục "Trước và sau sắp xếp".',
  lineageLines: 'đường nét đứt: các đơn vị trước/sau sắp xếp (đơn vị khác, không nối liền)',
  reorgMark: 'sắp xếp đơn vị hành chính {date}',
  rankGroups: 'Hạng trong: {groups}',
  viewCharts: 'Biểu đồ',
  viewMap: 'Bản đồ',
  viewSwitch: 'Cách xem',
} as const;

export type CoreKey = keyof typeof vi;
export type MessageKey = CoreKey | PanelKey;

// The upload panel's and presenter's strings come with their chunks (i18n-panels.ts).
const PANELS: Record<Lang, Partial<Record<MessageKey, string>>> = { vi: {}, en: {} };

export function registerPanelMessages(
  viText: Record<PanelKey, string>,
  enText: Record<PanelKey, string>,
): void {
  Object.assign(PANELS.vi, viText);
  Object.assign(PANELS.en, enText);
}

// English is its own chunk, loaded when asked for: most readers use Vietnamese.
const MESSAGES: Partial<Record<Lang, Record<CoreKey, string>>> = { vi };

export const messagesLoaded = (lang: Lang): boolean => MESSAGES[lang] !== undefined;

/** Makes a language's strings available to translator(); resolves to the language. */
export async function loadMessages(lang: Lang): Promise<Lang> {
  if (!MESSAGES[lang]) MESSAGES[lang] = (await import('./i18n-en')).en;
  return lang;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    // Until a language has loaded (App waits for it), its strings are the Vietnamese ones.
    let s =
      (MESSAGES[lang] ?? vi)[key as CoreKey] ??
      PANELS[lang][key] ??
      PANELS.vi[key] ??
      // A panel's strings not registered: a bug, shown as the key rather than a crash.
      key;
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
