import actors from './actors.json';
import coreTexts from './core.json';
import correctness from './correctness.json';
import documents from './documents.json';
import serviceErrors from './errors.json';
import rowTexts from './rows.json';
import goals from './goals.json';
import houseStyle from './houseStyle.json';
import initiatives from './initiatives.json';
import mail from './mail.json';
import meetings from './meetings.json';
import memos from './memos.json';
import overview from './overview.json';
import paging from './paging.json';
import privacy from './privacy.json';
import reliability from './reliability.json';
import validation from './validation.json';
import versions from './versions.json';
import database from './database.json';
import firstRun from './firstRun.json';

/** Service error texts (errors.json) and the words for codes kept in rows (rows.json) travel with the core texts. */
const core = { ...coreTexts, ...serviceErrors, ...rowTexts };

/** One JSON file per feature; a feature adds its file here. */
export const da = { ...core, ...mail, ...actors, ...goals, ...initiatives, ...meetings, ...memos, ...overview, ...paging, ...reliability, ...privacy, ...correctness, ...documents, ...validation, ...houseStyle, ...versions, ...database, ...firstRun };
