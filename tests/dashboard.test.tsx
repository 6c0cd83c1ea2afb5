// @vitest-environment jsdom
// Journeys through the leaders' dashboard, with MSW serving the data files.
import { describe, expect, it } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../mocks/node';
import { dataFileUrl } from '../mocks/handlers';
import { params, renderApp } from './render';

const card = (name: RegExp) => screen.findByRole('article', { name }, { timeout: 5000 });

describe('the dashboard', () => {
  it('opens on Hà Nội PAR 2024 with the official rank', async () => {
    renderApp('?index=PAR&year=2024&unit=01&lang=vi');
    const c = await card(/Thành phố Hà Nội — PAR 2024/);
    expect(within(c).getByTestId('score')).toHaveTextContent('92,57 %');
    expect(within(c).getByTestId('rank')).toHaveTextContent('3/63');
    expect(c).toHaveTextContent('(chính thức)');
    // The change is a term and its value: "So với năm 2023" then "■ giữ nguyên, +1,14 điểm".
    expect(c).toHaveTextContent(/So với năm 2023\s*■ giữ nguyên, \+1,14 điểm/);
  });

  it('switches the index and puts it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2024&unit=01&lang=vi');
    await card(/Thành phố Hà Nội — PAR 2024/);
    await user.selectOptions(screen.getByLabelText('Chỉ số'), 'SIPAS');
    const c = await card(/Thành phố Hà Nội — SIPAS 2024/);
    expect(within(c).getByTestId('score')).toHaveTextContent('86,50 %');
    expect(params().get('index')).toBe('SIPAS');
  });

  it('offers only years that have data for the selection', async () => {
    renderApp('?index=PAPI&year=2022&unit=01&lang=vi');
    await card(/Thành phố Hà Nội — PAPI 2022/);
    const years = within(screen.getByLabelText('Năm'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(years).toEqual([
      '2024',
      '2023',
      '2022',
      '2021',
      '2020',
      '2019',
      '2016',
      '2015',
      '2014',
      '2013',
      '2012',
      '2011',
    ]);
  });

  it('finds a unit typed without diacritics', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2024&unit=01&lang=vi');
    await card(/Thành phố Hà Nội — PAR 2024/);
    await user.type(screen.getByRole('combobox', { name: 'Đơn vị' }), 'dai dong');
    await user.click(screen.getByRole('option', { name: /Xã Đại Đồng/ }));
    const c = await card(/Xã Đại Đồng — PAR 2024/);
    expect(within(c).getByTestId('rank')).toHaveTextContent(/^\d+\/23$/);
    expect(params().get('unit')).toBe('09958');
  });

  it('drills down and back up with the breadcrumb', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2024&unit=276&lang=vi');
    await card(/Huyện Thạch Thất — PAR 2024/);
    await user.click(screen.getByText(/Xem cấp dưới/));
    await user.click(screen.getByRole('button', { name: 'Thị trấn Liên Quan' }));
    await card(/Thị trấn Liên Quan — PAR 2024/);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Cấp hành chính' })).getByRole('button', {
        name: 'Huyện Thạch Thất',
      }),
    );
    await card(/Huyện Thạch Thất — PAR 2024/);
  });

  it('shows weak sub-indices with the topics that target them and why', async () => {
    renderApp('?index=PAR&year=2024&unit=276&lang=vi');
    await card(/Huyện Thạch Thất — PAR 2024/);
    const topics = screen.getByRole('list', { name: 'Chuyên đề bồi dưỡng đề xuất' });
    const items = within(topics).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toHaveTextContent(/Vì sao đề xuất: Nhắm vào D\d/);
  });

  it('picks peers to compare, keeps them in the address, drops those that are not peers', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2024&unit=276&lang=vi');
    await card(/Huyện Thạch Thất — PAR 2024/);
    const pick = await screen.findByRole(
      'checkbox',
      { name: 'So sánh Huyện Ba Vì trên biểu đồ' },
      { timeout: 5000 },
    );
    await user.click(pick);
    await user.click(
      screen.getByRole('checkbox', { name: 'So sánh Huyện Chương Mỹ trên biểu đồ' }),
    );
    expect(params().get('peers')).toBe('271,277');
    expect(screen.getByText(/Đang so sánh với: Huyện Ba Vì, Huyện Chương Mỹ\./)).toBeVisible();
    // The unit itself cannot be picked; a fifth peer cannot be either.
    expect(screen.queryByRole('checkbox', { name: /So sánh Huyện Thạch Thất/ })).toBeNull();
    for (const name of ['Huyện Mê Linh', 'Huyện Gia Lâm'])
      await user.click(screen.getByRole('checkbox', { name: `So sánh ${name} trên biểu đồ` }));
    expect(
      screen.getByRole('checkbox', { name: 'So sánh Quận Ba Đình trên biểu đồ' }),
    ).toBeDisabled();
    await user.click(pick);
    expect(params().get('peers')).toBe('277,250,018');
    // Going to a picked peer: it is the unit now, the others stay picked.
    await user.click(screen.getByRole('button', { name: 'Huyện Chương Mỹ' }));
    await card(/Huyện Chương Mỹ — PAR 2024/);
    expect(params().get('peers')).toBe('250,018');
    // A commune's peers are communes: no district picked is kept.
    await user.click(screen.getByRole('button', { name: 'Huyện Thạch Thất' }));
    await card(/Huyện Thạch Thất — PAR 2024/);
    await user.click(screen.getByText(/Xem cấp dưới/));
    await user.click(screen.getByRole('button', { name: 'Thị trấn Liên Quan' }));
    await card(/Thị trấn Liên Quan — PAR 2024/);
    expect(params().get('peers')).toBeNull();
  }, 30_000);

  it('speaks English when asked, with en-GB numbers', async () => {
    const user = userEvent.setup();
    renderApp('?index=PAR&year=2024&unit=01&lang=vi');
    await card(/Thành phố Hà Nội — PAR 2024/);
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    // The English strings load on demand; until then the page stays as it was.
    await screen.findByRole('button', { name: 'Chuyển sang tiếng Việt' });
    const c = await card(/Thành phố Hà Nội — PAR 2024/);
    expect(within(c).getByTestId('score')).toHaveTextContent('92.57%');
    expect(c).toHaveTextContent('(official)');
    expect(params().get('lang')).toBe('en');
  });

  it('shows the loading state while the data is slow', async () => {
    server.use(
      http.get(dataFileUrl('scores.csv'), async () => {
        await delay(300);
        return HttpResponse.text('index,year,unit_code,score\nPAR,2024,01,92.57\n');
      }),
    );
    renderApp('?lang=vi');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải dữ liệu…');
    await card(/Thành phố Hà Nội — PAR 2024/);
  });

  it('says which file is missing (404) and retries', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(
        dataFileUrl('scores.csv'),
        () => new HttpResponse(null, { status: 404, statusText: 'Not Found' }),
        { once: true },
      ),
    );
    renderApp('?lang=vi');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu');
    expect(alert).toHaveTextContent('scores.csv: HTTP 404');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await card(/Thành phố Hà Nội — PAR 2024/);
  });

  it('reports a server error (500)', async () => {
    server.use(
      http.get(
        dataFileUrl('units.csv'),
        () => new HttpResponse('oops', { status: 500, statusText: 'Internal Server Error' }),
      ),
    );
    renderApp('?lang=vi');
    expect(await screen.findByRole('alert')).toHaveTextContent('units.csv: HTTP 500');
  });

  it('reports a malformed data file with its line instead of drawing blank charts', async () => {
    server.use(
      http.get(dataFileUrl('scores.csv'), () =>
        HttpResponse.text('index,year,unit_code,score\nPAR,2024,01,abc\n'),
      ),
    );
    renderApp('?lang=vi');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('scores.csv:2');
    expect(alert).toHaveTextContent('"abc" không phải là số');
  });

  it('falls back to defaults with a notice on bad URL values', async () => {
    renderApp('?index=NOPE&year=1999&unit=1234567&lang=vi');
    await card(/Thành phố Hà Nội — PAR 2024/);
    await waitFor(() =>
      expect(screen.getByText(/không hợp lệ nên đã dùng mặc định/)).toBeInTheDocument(),
    );
  });
});
