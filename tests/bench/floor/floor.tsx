// The floor page for initial_js_vs_floor: the libraries the dashboard cannot do without (React,
// Recharts, TanStack Query, Papa Parse) and one trivial chart, built by the same Vite config.
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import Papa from 'papaparse';

function Chart() {
  const q = useQuery({
    queryKey: ['floor'],
    queryFn: () =>
      Papa.parse<string[]>('year,score\n2023,91.43\n2024,92.57', { delimiter: ',' }).data,
  });
  const data = (q.data ?? []).slice(1).map(([year, score]) => ({ year, score: Number(score) }));
  return (
    <LineChart width={400} height={200} data={data}>
      <XAxis dataKey="year" />
      <YAxis />
      <Line dataKey="score" />
    </LineChart>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <Chart />
    </QueryClientProvider>,
  );
}
