import { stripEmoji } from '../statuses.js';
import { SHORTCODES } from './shortcodes.js';

describe('SHORTCODES', () => {
  it.each(Object.entries(SHORTCODES))('renders :%s: as one emoji', (_name, emoji) => {
    expect([emoji.length > 0, stripEmoji(emoji)]).toEqual([true, '']);
  });
});
