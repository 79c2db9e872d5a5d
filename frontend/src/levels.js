// Administrative levels, top to bottom, with the one colour each has on every page and graph.
import { t } from './i18n.js';

export const LEVELS = ['national', 'regional', 'provincial', 'municipal', 'county'];

const COLOURS = {
  national: '#b3261e',
  regional: '#7b3fa0',
  provincial: '#1f5fa8',
  municipal: '#1c7c4a',
  county: '#a86400',
  unknown: '#6b7280',
};

export function levelKey(level) {
  return LEVELS.includes(level) ? level : 'unknown';
}

export function levelColour(level) {
  return COLOURS[levelKey(level)];
}

export function levelRank(level) {
  const index = LEVELS.indexOf(level);
  return index < 0 ? LEVELS.length : index;
}

export function levelName(level) {
  return t(`level.${levelKey(level)}`);
}
