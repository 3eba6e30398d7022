import { issuesPropsFrom, splitCommonProps } from './splitCommonProps.js';

describe('splitCommonProps', () => {
  it('separates every common prop from the component and element props', () => {
    const onClick = () => {};
    const theme = { accent: '#6d28d9' };
    const [common, rest] = splitCommonProps({
      status: 'done',
      theme,
      className: 'mine',
      classNames: { root: 'x' },
      unstyled: true,
      style: { margin: 0 },
      now: '2026-03-15',
      locale: undefined,
      labels: {},
      id: 'badge',
      onClick,
    });
    expect(common).toEqual({ theme, className: 'mine', classNames: { root: 'x' }, unstyled: true, style: { margin: 0 }, now: '2026-03-15', locale: undefined, labels: {} });
    expect(rest).toEqual({ status: 'done', id: 'badge', onClick });
  });

  it('hands RoadmapIssues everything but the component-specific slot classes', () => {
    expect(issuesPropsFrom({ className: 'mine', classNames: { root: 'x' }, unstyled: true })).toEqual({ className: 'mine', unstyled: true });
  });
});
