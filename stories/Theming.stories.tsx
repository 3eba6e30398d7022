import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusBadge } from '../src/components/StatusBadge/StatusBadge.js';
import { STATUSES } from '../src/model/types.js';
import { RoadmapThemeProvider } from '../src/theme/RoadmapThemeProvider.js';
import type { RoadmapTheme } from '../src/theme/tokens.js';

/** Every token, drawn as a swatch with its variable name, on the scheme's own surface. */
function TokenSheet() {
  const tokens = ['accent', 'surface', 'surface-muted', 'text', 'text-muted', 'border', 'border-strong', ...STATUSES.map((s) => `status-${s}`)];
  return (
    <div style={{ background: 'var(--rk-surface)', color: 'var(--rk-text)', padding: '1rem', borderRadius: 'var(--rk-radius)' }}>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginBlockEnd: '1rem' }}>
        {STATUSES.map((status) => (
          <StatusBadge key={status} status={status} />
        ))}
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', gap: '0.5rem' }}>
        {tokens.map((token) => (
          <li key={token} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
            <span aria-hidden="true" style={{ inlineSize: '1.5rem', blockSize: '1.5rem', borderRadius: '0.25rem', border: '1px solid var(--rk-border-strong)', background: `var(--rk-${token})` }} />
            <code>--rk-{token}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

const meta = {
  title: 'Theming/Tokens',
  component: RoadmapThemeProvider,
  args: { theme: { colorScheme: 'light' } },
  render: (args) => (
    <RoadmapThemeProvider {...args}>
      <TokenSheet />
    </RoadmapThemeProvider>
  ),
} satisfies Meta<typeof RoadmapThemeProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LightScheme: Story = {};
export const DarkScheme: Story = { args: { theme: { colorScheme: 'dark' } } };
export const AutoScheme: Story = { args: { theme: { colorScheme: 'auto' } } };

const brand: RoadmapTheme = {
  accent: '#6d28d9',
  radius: '2px',
  fontFamily: 'Georgia, serif',
  density: 'compact',
  statusColors: { done: '#0f766e', 'in-progress': '#6d28d9' },
};
export const CustomBrand: Story = { args: { theme: brand } };
