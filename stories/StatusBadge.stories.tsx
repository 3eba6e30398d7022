import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusBadge } from '../src/components/StatusBadge/StatusBadge.js';
import { STATUSES } from '../src/model/types.js';

const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  args: { status: 'in-progress' },
  argTypes: { status: { control: 'inline-radio', options: STATUSES } },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InProgress: Story = {};

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {STATUSES.map((status) => (
        <StatusBadge key={status} {...args} status={status} />
      ))}
    </div>
  ),
};

export const DarkScheme: Story = {
  args: { theme: { colorScheme: 'dark' } },
  render: (args) => (
    <div className="rk-root" data-color-scheme="dark" style={{ background: 'var(--rk-surface)', padding: '1rem', display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {STATUSES.map((status) => (
        <StatusBadge key={status} {...args} status={status} />
      ))}
    </div>
  ),
};
