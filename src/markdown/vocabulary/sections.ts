import { firstCharacters } from './wordAlternation.js';

/**
 * Sections of a roadmap document, or of a README holding one, that are about the project rather
 * than phases of it. Lower case. A trailing `*` matches any ending (`contribut*`: contributing,
 * contributors); words of scripts written without spaces match anywhere in the heading.
 */
export const NOT_PHASE_SECTIONS: readonly string[] = [
  // About the project
  'vision',
  'mission',
  'overview',
  'introduction',
  'intro',
  'about',
  'background',
  'purpose',
  'principles',
  'non-goals',
  'out of scope',
  'assumptions',
  'stakeholders',
  'glossary',
  'legend',
  'disclaimer',
  'table of contents',
  'contents',
  'conclusion',
  'quick reference',
  'implementation guide',
  'priorities',
  // Records of the past
  'risk*',
  'mitigation',
  'decision*',
  'history',
  'changelog',
  'change log',
  'stats',
  'statistics',
  'review',
  // How to take part
  'contribut*',
  'feedback',
  'community',
  'communication',
  'get involved',
  'getting involved',
  'how to',
  'questions',
  'question',
  'faq',
  'support',
  'contact',
  'governance',
  'mandate',
  'charter',
  'team',
  'teams',
  'members',
  'emeritus',
  'sponsor*',
  'acknowledg*',
  'credits',
  'thanks',
  'licen*',
  'security policy',
  'polic*',
  'approval',
  'appendix',
  'references',
  'reference',
  'resources',
  'links',
  'notes',
  'note',
  'dependencies',
  'compatibility',
  'deprecation',
  // Using the software (README sections)
  'prerequisites',
  'installation',
  'installing',
  'getting started',
  'quick start',
  'quickstart',
  'usage',
  'environment variables',
  'packaging',
  // German
  'überblick',
  'einleitung',
  'voraussetzungen',
  'verwendung',
  'nutzung',
  'mitwirken',
  'lizenz',
  'danksagung',
  // French
  'aperçu',
  'prérequis',
  'utilisation',
  'contribuer',
  'licence',
  'remerciements',
  // Spanish / Portuguese
  'visión general',
  'propósito',
  'requisitos',
  'instalación',
  'instalação',
  'contribuir',
  'cómo aportar',
  'como contribuir',
  'licencia',
  'licença',
  'agradecimientos',
  'agradecimentos',
  // Russian
  'назначение',
  'обзор',
  'введение',
  'установка',
  'использование',
  'участие',
  'лицензия',
  'благодарности',
  'приоритет*',
  // Chinese
  '贡献',
  '參與',
  '简介',
  '概述',
  '背景',
  '安装',
  '使用方法',
  '部署指南',
  '许可',
  '致谢',
  '常见问题',
  '快速参考',
  '实现指南',
  '参考资料',
  '总结',
  // Japanese
  '概要',
  'インストール',
  '使い方',
  '貢献',
  'ライセンス',
  '謝辞',
  '原則',
];

const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const escapeEntry = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * A case-insensitive pattern matching any of the entries, written as `NOT_PHASE_SECTIONS`. The
 * word-boundary lookbehind is written once for all words rather than once per entry: the same
 * matches, tested at each position once instead of once per entry.
 */
export function entriesPattern(entries: readonly string[]): RegExp {
  const words: string[] = [];
  const stems: string[] = [];
  const spaceless: string[] = [];
  const boundedEntries: string[] = [];
  for (const entry of entries) {
    const stem = entry.endsWith('*') ? entry.slice(0, -1) : entry;
    if (SPACELESS.test(stem)) spaceless.push(escapeEntry(stem));
    else {
      (entry.endsWith('*') ? stems : words).push(escapeEntry(stem));
      boundedEntries.push(stem);
    }
  }
  const bounded = [...(words.length > 0 ? [`(?:${words.join('|')})(?![\\p{L}\\p{N}])`] : []), ...stems];
  const alternatives = [...(bounded.length > 0 ? [`${firstCharacters(boundedEntries)}(?<![\\p{L}\\p{N}])(?:${bounded.join('|')})`] : []), ...spaceless];
  return new RegExp(alternatives.join('|'), 'iu');
}

const NOT_PHASE = entriesPattern(NOT_PHASE_SECTIONS);

/** Whether a heading names a section that is about the project, not a phase of it. */
export function isNotPhaseSection(text: string): boolean {
  return NOT_PHASE.test(text);
}

/** What a roadmap is called, in several languages: in a README, the section that holds it. */
export const ROADMAP_NAMES: readonly string[] = ['roadmap', 'road map', 'feuille de route', 'hoja de ruta', 'roteiro', 'fahrplan', 'дорожная карта', '路线图', '路線圖', 'ロードマップ', '로드맵'];

const ROADMAP = entriesPattern(ROADMAP_NAMES);

/** Whether a heading names the roadmap (`Roadmap`, `🗺️ Project roadmap`, `路线图`). */
export function namesRoadmap(text: string): boolean {
  return ROADMAP.test(text);
}

/**
 * Sections that describe the present or its limits (`Current status`, `Known limitations`): not
 * phases, and not done work. Written as `NOT_PHASE_SECTIONS`.
 */
export const PRESENT_SECTIONS: readonly string[] = [
  'current state',
  'current status',
  'status quo',
  'state of the project',
  'where we are',
  'known issues',
  'known limitations',
  'limitations',
  'feature gap',
  'gap analysis',
  'snapshot',
  'aktueller stand',
  'état actuel',
  'estado actual',
  'estado atual',
  'текущее состояние',
  '现状',
  '当前状态',
  '現状',
];

const PRESENT = entriesPattern(PRESENT_SECTIONS);

/** Whether a heading names the present state of the project (`📊 Current status`, `Known issues`). */
export function isPresentSection(text: string): boolean {
  return PRESENT.test(text);
}
