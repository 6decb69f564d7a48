import type { houseStyleChannels } from '../../preload/contract/houseStyle';
import type { HandlersFor } from '../api/handlers';
import { getHouseStyle, removeLogo, setLogo, updateHouseStyle } from './houseStyleService';

export const houseStyleHandlers: HandlersFor<keyof typeof houseStyleChannels> = {
  'houseStyle.get': (ctx) => getHouseStyle(ctx.db),
  'houseStyle.update': (ctx, input) => updateHouseStyle(ctx.db, input),
  'houseStyle.setLogo': (ctx, input) => setLogo(ctx.db, input, ctx.clock.now().toISOString()),
  'houseStyle.removeLogo': (ctx) => removeLogo(ctx.db),
};
