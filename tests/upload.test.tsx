// @vitest-environment jsdom
// The upload journey in the page: pick a file, read the preview, import, see the new value,
// roll back. Real IndexedDB semantics from fake-indexeddb; the worker's handler runs in the page.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render';

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const score = async () =>
  within(
    await screen.findByRole('article', { name: /Thành phố Hà Nội — PAR 2023/ }, { timeout: 5000 }),
  ).getByTestId('score');

describe('upload journey', () => {
  it('previews, imports, shows the new value, and rolls back', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2023&unit=01&lang=vi&panel=data');
    expect(await score()).toHaveTextContent('91,43 %');

    await user.upload(
      await screen.findByLabelText('Tải lên tệp CSV', {}, { timeout: 10000 }),
      file(
        'ha-noi.csv',
        'Mã ĐVHC;Năm;Chỉ số;Điểm;Xếp hạng;Trên tổng số\r\n01;2023;PAR;91,25;3;63\r\n',
      ),
    );
    const preview = await screen.findByRole('article', { name: 'ha-noi.csv' });
    expect(await within(preview).findByText('Không có lỗi.')).toBeInTheDocument();
    expect(preview).toHaveTextContent('0 mới · 1 thay đổi · 0 không đổi');
    expect(preview).toHaveTextContent('PAR TOTAL 2023 · 01: 91,43 → 91,25');

    await user.click(within(preview).getByRole('button', { name: 'Nhập dữ liệu' }));
    expect(await screen.findByText('Đã nhập ha-noi.csv: 1 giá trị.')).toBeInTheDocument();
    await expect.poll(async () => (await score()).textContent).toBe('91,25\u00a0%');

    // The same file again (under another name): the preview says when it was imported.
    await user.upload(
      screen.getByLabelText('Tải lên tệp CSV'),
      file(
        'ha-noi (2).csv',
        'Mã ĐVHC;Năm;Chỉ số;Điểm;Xếp hạng;Trên tổng số\r\n01;2023;PAR;91,25;3;63\r\n',
      ),
    );
    const again = await screen.findByRole('article', { name: 'ha-noi (2).csv' });
    expect(
      await within(again).findByText(/Tệp này đã được nhập ngày .* \(ha-noi\.csv\)\./),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Chỉ dùng dữ liệu kèm theo' }));
    await expect.poll(async () => (await score()).textContent).toBe('91,43\u00a0%');
  });

  it('blocks a file with errors and lists them by line', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2023&unit=01&lang=vi&panel=data');
    await score();
    await user.upload(
      await screen.findByLabelText('Tải lên tệp CSV', {}, { timeout: 10000 }),
      file('sai.csv', 'unit_code,year,index,score\n1,2023,PAR,90\n01,2023,PAR,200\n'),
    );
    const preview = await screen.findByRole('article', { name: 'sai.csv' });
    expect(await within(preview).findByText(/^2 lỗi/)).toBeInTheDocument();
    const rows = within(within(preview).getByRole('table', { name: 'Các vấn đề' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(rows).toEqual(['2', '3']);
    expect(within(preview).getByRole('button', { name: 'Nhập dữ liệu' })).toBeDisabled();
  });
});
