// The sentences for import problems, one catalogue per language, used by the upload panel and by
// `npm run data:check` alike. The domain gives a code and the facts (`params`); this file alone
// says them. Numbers are written as each language writes them (vi-VN: 105,5; 100.000).
// TypeScript checks that both catalogues have a sentence for every code.

import type { ImportIssue, IssueCode, IssueParams } from '../domain/issues';
import { formatNumber } from './format';
import type { Lang } from './i18n';

interface Say {
  /** A parameter as text (numbers as written, lists joined). */
  s: (key: string) => string;
  /** A number parameter, formatted. */
  n: (key: string) => string;
  has: (key: string) => boolean;
  /** An ISO date parameter as the language writes dates (01/07/2025). */
  d: (key: string) => string;
  p: IssueParams;
}

type Catalogue = Record<IssueCode, (say: Say) => string>;

const FIELD_VI: Record<string, string> = {
  score: 'Điểm',
  rank: 'Hạng',
  rank_of: 'Tổng số đơn vị xếp hạng',
  max: 'Điểm tối đa',
};
const FIELD_EN: Record<string, string> = {
  score: 'Score',
  rank: 'Rank',
  rank_of: 'Ranking size',
  max: 'Maximum',
};

const vi: Catalogue = {
  'empty-file': ({ has }) =>
    has('bytes') ? 'Tệp rỗng (0 byte).' : 'Tệp rỗng: không có dòng dữ liệu nào.',
  'excel-workbook': () =>
    'Đây là sổ làm việc Excel (.xlsx/.xls), không phải CSV. Trong Excel chọn Tệp → Lưu như → "CSV UTF-8 (Comma delimited) (*.csv)" rồi tải lên tệp .csv đó.',
  'pdf-file': () =>
    'Đây là tệp PDF, không phải CSV. Hãy mở bảng số liệu gốc trong Excel và lưu dạng "CSV UTF-8 (Comma delimited)".',
  'html-page': () =>
    'Đây là một trang web (HTML), không phải tệp CSV. Trong Excel chọn Tệp → Lưu như → "CSV UTF-8 (Comma delimited)".',
  'binary-file': () =>
    'Tệp không phải văn bản (có thể là ảnh, PDF hoặc tệp nén). Hãy xuất bảng tính ra CSV.',
  'nul-byte': ({ n }) =>
    `Tệp có ký tự rỗng (NUL, byte 0) ở vị trí ${n('offset')}: tệp bị hỏng hoặc dán từ chương trình khác. Hãy xoá ký tự đó ở dòng này rồi lưu lại.`,
  'bad-utf8': () =>
    'Tệp bắt đầu như UTF-8 nhưng có byte không hợp lệ. Hãy lưu lại dạng "CSV UTF-8".',
  'legacy-font': ({ s }) =>
    s('font') === 'VNI'
      ? 'Tệp dùng bảng mã cũ VNI (phông VNI-Times). Hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi lưu lại dạng "CSV UTF-8".'
      : 'Tệp dùng bảng mã cũ TCVN3 (ABC, phông .VnTime). Hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi lưu lại dạng "CSV UTF-8".',
  mojibake: () =>
    'Chữ tiếng Việt bị lỗi mã hoá hai lần (ví dụ "HÃ  Ná»™i" thay cho "Hà Nội"). Hãy mở tệp gốc và lưu lại dạng "CSV UTF-8".',
  'no-header': ({ has, n }) =>
    has('headerRow')
      ? `Dòng ${n('headerRow')} không phải là dòng tiêu đề cột đọc được. Hãy chọn dòng khác.`
      : 'Không tìm thấy dòng tiêu đề cột (ví dụ: "Mã ĐVHC;Năm;Chỉ số;Điểm"). Dòng tiêu đề phải nằm trong 30 dòng đầu và cách nhau bằng dấu phẩy, chấm phẩy hoặc tab; hoặc hãy chọn dòng tiêu đề.',
  'missing-column': ({ s }) => {
    switch (s('what')) {
      case 'unit':
        return 'Thiếu cột đơn vị: cần "Mã ĐVHC" (unit_code) hoặc "Tên đơn vị".';
      case 'year':
        return 'Thiếu cột "Năm" (year). Thêm cột năm hoặc chọn năm cho cả tệp.';
      case 'score':
        return 'Thiếu cột "Điểm" (score) hoặc "Xếp hạng" (rank).';
      case 'index':
        return 'Không biết tệp thuộc bộ chỉ số nào: thêm cột "Chỉ số" (PAR, SIPAS, PAPI) hoặc chọn chỉ số cho cả tệp.';
      default:
        return `Thiếu cột: ${s('names')}.`;
    }
  },
  'unknown-column': ({ s }) => `Cột "${s('header')}" không được nhận ra và sẽ bị bỏ qua.`,
  'duplicate-column': ({ s }) =>
    `Cột "${s('header')}" trùng ý nghĩa với một cột trước (${s('field')}).`,
  'title-rows': ({ n }) =>
    `Bỏ qua ${n('count')} dòng phía trên tiêu đề cột; tiêu đề cột ở dòng ${n('headerLine')}.`,
  'summary-row': ({ s }) => `Bỏ qua dòng tổng hợp "${s('label')}".`,
  'field-count': ({ n, has, s }) =>
    `Dòng ${s('line')} có ${n('found')} ô, tiêu đề có ${n('expected')}.` +
    (has('splitValue')
      ? ` Có vẻ số "${s('splitValue')}" (cột ${n('splitField')}) bị tách làm hai ở dấu phẩy thập phân: hãy lưu tệp với dấu chấm phẩy (;) hoặc đặt số trong ngoặc kép ("${s('splitValue')}").`
      : Number(s('found')) === 1
        ? ' Nếu đây là chú thích, hãy xoá dòng này khỏi tệp.'
        : ' Có thể một ô chứa dấu phân cách mà không nằm trong ngoặc kép, hoặc thiếu/thừa một ô.'),
  'repeated-header': () =>
    'Dòng tiêu đề cột lặp lại giữa bảng (hai tệp dán nối nhau?). Hãy tách thành hai tệp hoặc xoá dòng này.',
  'csv-syntax': ({ s }) =>
    s('reason') === 'stray-quote'
      ? 'Dấu ngoặc kép (") đặt sai chỗ: chỉ được ở đầu và cuối một ô. Hãy sửa ô này (hoặc lưu lại từ Excel).'
      : `Lỗi cú pháp CSV: dấu ngoặc kép (") không được đóng hoặc đặt sai chỗ (${s('papa')}).`,
  'no-rows': ({ n, p }) =>
    p.records === 0
      ? 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào để nhập.'
      : `Không có giá trị nào để nhập: cả ${n('skipped')} dòng dữ liệu đều bị bỏ qua (xem các cảnh báo).`,
  'bad-number': ({ s, has }) =>
    has('what')
      ? `${FIELD_VI[s('what')] ?? s('what')} "${s('value')}" không phải là số.`
      : `"${s('value')}" ở cột "${s('column')}" không phải là số.`,
  'bad-year': ({ s, has }) =>
    has('min')
      ? `Năm "${s('value')}" không hợp lệ (phải là năm từ ${s('min')} đến ${s('max')}).`
      : `Năm "${s('value')}" ở cột "${s('column')}" không hợp lệ.`,
  'bad-date': ({ s }) => `Ngày "${s('value')}" phải có dạng YYYY-MM-DD.`,
  'bad-level': ({ s }) =>
    `Cấp "${s('value')}" không hợp lệ (country, province, district, commune).`,
  'bad-kind': ({ s }) =>
    `Loại thay đổi "${s('value')}" không hợp lệ (merged, split, renamed, abolished).`,
  'no-index': ({ s }) => `Thiếu tên chỉ số (các chỉ số đã biết: ${s('known')}).`,
  'unknown-index': ({ s }) =>
    `Chỉ số "${s('value')}" không có trong danh mục; các chỉ số đã biết: ${s('known')} (ví dụ "Chỉ số CCHC" là PAR, "Chỉ số hài lòng" là SIPAS).`,
  'unknown-indicator': ({ s }) =>
    `Chỉ số thành phần "${s('value')}" không có trong ${s('index')} năm ${s('year')}.`,
  'unknown-unit': ({ s, has }) =>
    s('by') === 'name'
      ? `Không có đơn vị tên "${s('value')}" trong danh mục năm ${s('year')}${has('parent') ? ` thuộc đơn vị ${s('parent')}` : ''}.`
      : `Không có đơn vị mã "${s('value')}" trong danh mục năm ${s('year')}.`,
  'ambiguous-unit': ({ s }) =>
    s('by') === 'name'
      ? `Tên "${s('value')}" ứng với nhiều đơn vị năm ${s('year')}: ${s('candidates')}. Hãy thêm cột mã ĐVHC, hoặc chọn "đơn vị cấp trên cho cả tệp".`
      : `Mã "${s('value')}" có thể là ${s('candidates')} (Excel đã xoá số 0 ở đầu). Hãy ghi đủ mã.`,
  'code-restored': ({ s }) =>
    `Mã "${s('from')}" được hiểu là "${s('to')}" (Excel đã xoá số 0 ở đầu).`,
  'scientific-code': ({ s }) =>
    `Mã "${s('value')}" đã bị Excel đổi sang dạng số mũ; không khôi phục được. Định dạng cột mã là Văn bản (Text) rồi nhập lại mã.`,
  'score-out-of-range': ({ n, s }) =>
    `Điểm ${n('score')} nằm ngoài khoảng 0–${n('max')} của ${s('index')} ${s('indicator')}.`,
  'rank-out-of-range': ({ n, has }) =>
    has('size')
      ? `Tổng số đơn vị xếp hạng ${n('rankOf')} không hợp lệ (phải là số nguyên ≥ 1).`
      : has('rankOf')
        ? `Hạng ${n('rank')} không hợp lệ (phải từ 1 đến ${n('rankOf')}).`
        : `Hạng ${n('rank')} không hợp lệ (phải là số nguyên ≥ 1).`,
  'empty-row': ({ s }) =>
    s('layout') === 'wide'
      ? 'Dòng không có điểm nào; bỏ qua.'
      : 'Dòng không có điểm và không có hạng; bỏ qua.',
  'duplicate-key': ({ n, s }) =>
    `Trùng với dòng ${n('previousLine')}: đã có ${s('index')} ${s('indicator')} năm ${s('year')} của đơn vị ${s('unit')}.`,
  'components-sum': ({ n, s, p }) =>
    p.stored === true
      ? `Sau khi nhập, tổng điểm ${n('total')} của ${s('index')} ${s('year')} (đơn vị ${s('unit')}) sẽ khác tổng các thành phần (${n('sum')}), vì tệp chỉ thay một phần và phần còn lại là dữ liệu đang lưu. Hãy tải lên cả tổng và các thành phần.`
      : `Tổng điểm ${n('total')} của ${s('index')} ${s('year')} (đơn vị ${s('unit')}) khác tổng các thành phần (${n('sum')}).`,
  'missing-value': ({ s }) =>
    s('what') === 'unit' ? 'Thiếu mã hoặc tên đơn vị.' : `Thiếu giá trị cột "${s('column')}".`,
  'overlapping-validity': ({ s, has }) =>
    has('registryName')
      ? `Mã ${s('code')} đã có trong danh mục (${s('registryName')}) cho thời gian chồng với dòng này.`
      : `Mã ${s('code')} có hai thời hạn hiệu lực chồng nhau.`,
  'bad-code': ({ s }) =>
    `Mã "${s('code')}" không đúng dạng mã ${s('level') === 'province' ? 'tỉnh (2 chữ số)' : s('level') === 'district' ? 'huyện (3 chữ số)' : s('level') === 'commune' ? 'xã (5 chữ số)' : 'cả nước (VN)'}. Mã là chuỗi ký tự: định dạng cột mã là Văn bản (Text) để Excel không xoá số 0 ở đầu.`,
  'unknown-parent': ({ s, d, has }) =>
    has('date')
      ? `Đơn vị ${s('unit')} có đơn vị cấp trên ${s('parent')}, không tồn tại vào ngày ${d('date')}.`
      : `Đơn vị ${s('unit')} có đơn vị cấp trên ${s('parent')} không tồn tại.`,
  'unknown-change-unit': ({ s, d }) =>
    `Thay đổi ngày ${d('date')} nhắc đến đơn vị ${s('unit')}, không có trong danh mục ${s('when') === 'before' ? 'trước' : 'từ'} ngày đó.`,
  'unknown-target': ({ s, has }) =>
    has('form')
      ? `Mục tiêu "${s('value')}" phải có dạng CHỈSỐ:MÃ (ví dụ PAR:D1).`
      : `Chủ đề ${s('topic')} nhắm vào ${s('value')}, không có trong indicators.csv.`,
  'internal-error': ({ s }) => `Lỗi không mong đợi khi đọc tệp: ${s('message')}`,
};

const en: Catalogue = {
  'empty-file': ({ has }) =>
    has('bytes') ? 'The file is empty (0 bytes).' : 'The file is empty: it has no rows.',
  'excel-workbook': () =>
    'This is an Excel workbook (.xlsx/.xls), not CSV. In Excel choose File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)" and upload that file.',
  'pdf-file': () =>
    'This is a PDF file, not CSV. Open the original table in Excel and save it as "CSV UTF-8 (Comma delimited)".',
  'html-page': () =>
    'This is a web page (HTML), not a CSV file. In Excel choose File → Save As → "CSV UTF-8 (Comma delimited)".',
  'binary-file': () =>
    'The file is not text (perhaps an image, PDF or archive). Export the spreadsheet as CSV.',
  'nul-byte': ({ n }) =>
    `The file has a NUL character (byte 0) at offset ${n('offset')}: it is damaged or was pasted from another program. Delete it on this line and save again.`,
  'bad-utf8': () =>
    'The file starts as UTF-8 but contains invalid bytes. Save it again as "CSV UTF-8".',
  'legacy-font': ({ s }) =>
    s('font') === 'VNI'
      ? 'The file uses the legacy VNI encoding. Convert it to Unicode (e.g. with Unikey\'s converter) and save it again as "CSV UTF-8".'
      : 'The file uses the legacy TCVN3 (ABC) encoding. Convert it to Unicode (e.g. with Unikey\'s converter) and save it again as "CSV UTF-8".',
  mojibake: () =>
    'Vietnamese text was encoded twice (e.g. "HÃ  Ná»™i" instead of "Hà Nội"). Open the original file and save it again as "CSV UTF-8".',
  'no-header': ({ has, n }) =>
    has('headerRow')
      ? `Line ${n('headerRow')} is not a readable header row. Choose another line.`
      : 'No header row found (e.g. "unit_code,year,index,score"). It must be within the first 30 lines, separated by commas, semicolons or tabs; or choose the header row.',
  'missing-column': ({ s }) => {
    switch (s('what')) {
      case 'unit':
        return 'Missing the unit column: "unit_code" or "unit_name" is required.';
      case 'year':
        return 'Missing the "year" column. Add it or choose a year for the whole file.';
      case 'score':
        return 'Missing the "score" or "rank" column.';
      case 'index':
        return 'The index is unknown: add an "index" column (PAR, SIPAS, PAPI) or choose one for the whole file.';
      default:
        return `Missing column(s): ${s('names')}.`;
    }
  },
  'unknown-column': ({ s }) => `Column "${s('header')}" is not recognised and will be ignored.`,
  'duplicate-column': ({ s }) =>
    `Column "${s('header')}" means the same as an earlier column (${s('field')}).`,
  'title-rows': ({ n }) =>
    `Skipped ${n('count')} line(s) above the column header; the header is on line ${n('headerLine')}.`,
  'summary-row': ({ s }) => `Skipped the summary row "${s('label')}".`,
  'field-count': ({ n, has, s }) =>
    `Line ${s('line')} has ${n('found')} fields, the header has ${n('expected')}.` +
    (has('splitValue')
      ? ` The number "${s('splitValue')}" (column ${n('splitField')}) seems split in two at its decimal comma: save the file with semicolons (;) or quote the number ("${s('splitValue')}").`
      : Number(s('found')) === 1
        ? ' If this is a footnote, delete the line from the file.'
        : ' A cell may hold the delimiter without quotes, or a cell is missing or extra.'),
  'repeated-header': () =>
    'The column header appears again inside the table (two files pasted together?). Split the file or delete this line.',
  'csv-syntax': ({ s }) =>
    s('reason') === 'stray-quote'
      ? 'A double quote (") is misplaced: quotes may only open and close a cell. Fix this cell (or save again from Excel).'
      : `CSV syntax error: a double quote (") is not closed or is misplaced (${s('papa')}).`,
  'no-rows': ({ n, p }) =>
    p.records === 0
      ? 'The file has only a header row and no data rows to import.'
      : `There is nothing to import: all ${n('skipped')} data rows were skipped (see the warnings).`,
  'bad-number': ({ s, has }) =>
    has('what')
      ? `${FIELD_EN[s('what')] ?? s('what')} "${s('value')}" is not a number.`
      : `"${s('value')}" in column "${s('column')}" is not a number.`,
  'bad-year': ({ s, has }) =>
    has('min')
      ? `Year "${s('value')}" is not valid (must be ${s('min')}–${s('max')}).`
      : `Year "${s('value')}" in column "${s('column')}" is not valid.`,
  'bad-date': ({ s }) => `Date "${s('value')}" must be YYYY-MM-DD.`,
  'bad-level': ({ s }) =>
    `Level "${s('value')}" is not valid (country, province, district, commune).`,
  'bad-kind': ({ s }) =>
    `Change kind "${s('value')}" is not valid (merged, split, renamed, abolished).`,
  'no-index': ({ s }) => `The index is missing (known indices: ${s('known')}).`,
  'unknown-index': ({ s }) =>
    `Index "${s('value')}" is not in the registry; known indices: ${s('known')} ("Chỉ số CCHC" is PAR, "Chỉ số hài lòng" is SIPAS).`,
  'unknown-indicator': ({ s }) =>
    `Indicator "${s('value')}" does not exist in ${s('index')} for ${s('year')}.`,
  'unknown-unit': ({ s, has }) =>
    s('by') === 'name'
      ? `No unit named "${s('value')}" exists in ${s('year')}${has('parent') ? ` under unit ${s('parent')}` : ''}.`
      : `No unit with code "${s('value')}" exists in ${s('year')}.`,
  'ambiguous-unit': ({ s }) =>
    s('by') === 'name'
      ? `Name "${s('value')}" matches several units in ${s('year')}: ${s('candidates')}. Add a unit code column, or choose "the parent unit for the whole file".`
      : `Code "${s('value')}" could be ${s('candidates')} (Excel removed the leading zeros). Write the full code.`,
  'code-restored': ({ s }) =>
    `Code "${s('from')}" read as "${s('to')}" (Excel removed the leading zeros).`,
  'scientific-code': ({ s }) =>
    `Code "${s('value')}" was turned into scientific notation by Excel and cannot be recovered. Format the code column as Text and re-enter the codes.`,
  'score-out-of-range': ({ n, s }) =>
    `Score ${n('score')} is outside 0–${n('max')} for ${s('index')} ${s('indicator')}.`,
  'rank-out-of-range': ({ n, has }) =>
    has('size')
      ? `Ranking size ${n('rankOf')} is not valid (must be a whole number ≥ 1).`
      : has('rankOf')
        ? `Rank ${n('rank')} is not valid (must be 1–${n('rankOf')}).`
        : `Rank ${n('rank')} is not valid (must be a whole number ≥ 1).`,
  'empty-row': ({ s }) =>
    s('layout') === 'wide'
      ? 'The row has no values; skipped.'
      : 'The row has neither a score nor a rank; skipped.',
  'duplicate-key': ({ n, s }) =>
    `Duplicate of line ${n('previousLine')}: ${s('index')} ${s('indicator')} ${s('year')} for unit ${s('unit')} is already given.`,
  'components-sum': ({ n, s, p }) =>
    p.stored === true
      ? `After this import, the total ${n('total')} of ${s('index')} ${s('year')} (unit ${s('unit')}) would differ from the sum of its components (${n('sum')}): the file replaces only part of them and the rest is stored data. Upload the total and its components together.`
      : `Total ${n('total')} of ${s('index')} ${s('year')} (unit ${s('unit')}) differs from the sum of its components (${n('sum')}).`,
  'missing-value': ({ s }) =>
    s('what') === 'unit'
      ? 'The unit code or name is missing.'
      : `Column "${s('column')}" is empty.`,
  'overlapping-validity': ({ s, has }) =>
    has('registryName')
      ? `Code ${s('code')} is in the registry already (${s('registryName')}) for a period overlapping this row.`
      : `Code ${s('code')} has two overlapping validity periods.`,
  'bad-code': ({ s }) =>
    `Code "${s('code')}" is not a ${s('level') === 'province' ? 'province code (2 digits)' : s('level') === 'district' ? 'district code (3 digits)' : s('level') === 'commune' ? 'commune code (5 digits)' : 'country code (VN)'}. Codes are text: format the code column as Text so that Excel keeps the leading zeros.`,
  'unknown-parent': ({ s, has }) =>
    has('date')
      ? `Unit ${s('unit')} has parent ${s('parent')}, which does not exist on ${s('date')}.`
      : `Unit ${s('unit')} has parent ${s('parent')}, which does not exist.`,
  'unknown-change-unit': ({ s }) =>
    `The change of ${s('date')} names unit ${s('unit')}, which is not in the registry ${s('when') === 'before' ? 'before' : 'from'} that day.`,
  'unknown-target': ({ s, has }) =>
    has('form')
      ? `Target "${s('value')}" must be INDEX:CODE (e.g. PAR:D1).`
      : `Topic ${s('topic')} targets ${s('value')}, which is not in indicators.csv.`,
  'internal-error': ({ s }) => `Unexpected error while reading the file: ${s('message')}`,
};

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

function sayer(p: IssueParams, lang: Lang): Say {
  const text = (v: IssueParams[string] | undefined): string =>
    v === undefined
      ? ''
      : typeof v === 'number'
        ? formatNumber(v, lang, 3)
        : typeof v === 'boolean'
          ? String(v)
          : typeof v === 'string'
            ? v
            : v.join('; ');
  return {
    // Years, codes and counts written in the file stay as written; n() formats numbers.
    s: (k) => {
      const v = p[k];
      return typeof v === 'number' ? String(v) : text(v);
    },
    n: (k) => text(p[k]),
    d: (k) => {
      const v = p[k];
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      if (!m) return text(v);
      return `${m[3]}/${m[2]}/${m[1]}`;
    },
    has: (k) => p[k] !== undefined,
    p,
  };
}

/** The sentence for an issue in a language. */
export function issueMessage(i: Pick<ImportIssue, 'code' | 'params' | 'line'>, lang: Lang): string {
  return CATALOGUES[lang][i.code](sayer({ line: i.line, ...i.params }, lang));
}
