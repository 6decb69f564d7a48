import actors from './actors.json';
import core from './core.json';
import meetings from './meetings.json';

/** One JSON file per feature; a feature adds its file here. */
export const en = { ...core, ...actors, ...meetings };
