import actors from './actors.json';
import core from './core.json';
import goals from './goals.json';
import houseStyle from './houseStyle.json';
import initiatives from './initiatives.json';
import meetings from './meetings.json';
import memos from './memos.json';
import overview from './overview.json';
import privacy from './privacy.json';
import reliability from './reliability.json';

/** One JSON file per feature; a feature adds its file here. */
export const da = { ...core, ...actors, ...goals, ...initiatives, ...meetings, ...memos, ...overview, ...reliability, ...privacy, ...houseStyle };
