import actors from './actors.json';
import core from './core.json';
import overview from './overview.json';

/** One JSON file per feature; a feature adds its file here. */
export const da = { ...core, ...actors, ...overview };
