// Vietnamese first, English complete. Every visible string goes through t().

import { createContext, useContext, type ReactNode } from 'react';
import type { PanelKey } from './i18n-panels';
import type { SectionKey } from './i18n-sections';

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
  notMeasured: '{index} chỉ đo ở cấp tỉnh, không có cho {level}',
  sourceNote: 'Ghi chú về nguồn (nguyên văn tiếng Anh)',
  noFigure: 'Chưa có số liệu {index} năm {year}',
  noTotal:
    'Chưa có điểm tổng {index} năm {year}; mới có số liệu {known}/{of} chỉ số thành phần (xem phần chỉ số thành phần).',
  rankHistory: 'Thứ hạng các năm',
  points: 'điểm',
  noPrevious: 'Không có số liệu năm trước',
  group: 'Nhóm',
  papiGroup: 'Nhóm (1 = cao nhất)',
  national: 'Trung bình cả nước',
  peerAverage: 'Trung bình đơn vị cùng cấp',
  source: 'Nguồn',
  rankOverTime: 'Thứ hạng qua các năm',
  scoreOverTime: 'Điểm qua các năm',
  topics: 'Chuyên đề bồi dưỡng đề xuất',
  copyLink: 'Chép liên kết',
  linkCopied: 'Đã chép liên kết vào bộ nhớ tạm',
  linkToCopy: 'Liên kết (hãy chép)',
  showTable: 'Xem dạng bảng',
  methodChange: 'Đổi phương pháp: {version}',
  methodWarning:
    'Lưu ý: giai đoạn này có thay đổi phương pháp đánh giá ({versions}); so sánh giữa các năm cần thận trọng.',
  shareOfMax: '% điểm tối đa',
  yearCol: 'Năm',
  sourcesCount: '{n} nguồn',
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
  print: 'In bản tóm tắt',
  printNotReady:
    'Trang chưa tải xong dữ liệu khi in: hãy đóng hộp in, chờ dữ liệu hiện ra rồi in lại (nút “In bản tóm tắt” tự chờ).',
  dataPanel: 'Dữ liệu và tải lên',
  layout: 'Bố cục',
  kind: 'Loại tệp',
  columns: 'Các cột',
  message: 'Nội dung',
  error: 'lỗi',
  state: 'Trạng thái',
  active: 'đang dùng',
  exportImage: 'Tải ảnh, số liệu hoặc liên kết của biểu đồ',
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
export type MessageKey = CoreKey | PanelKey | SectionKey;

// The upload panel's and presenter's strings (i18n-panels.ts) and those of the sections below
// the fold (i18n-sections.ts) come with their chunks.
const PANELS: Record<Lang, Partial<Record<MessageKey, string>>> = { vi: {}, en: {} };

export function registerPanelMessages<K extends PanelKey | SectionKey>(
  viText: Record<K, string>,
  enText: Record<K, string>,
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
