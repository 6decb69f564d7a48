import actors from './actors.json';
import core from './core.json';
import memos from './memos.json';

/** One JSON file per feature; a feature adds its file here. */
export const en = { ...core, ...actors, ...memos };
