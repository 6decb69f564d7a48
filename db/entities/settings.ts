import { EntitySchema } from 'typeorm';

export interface SettingRow {
  key: string;
  value: string;
}

export const SettingEntity = new EntitySchema<SettingRow>({
  name: 'Setting',
  tableName: 'app_setting',
  columns: {
    key: { type: 'varchar', length: 100, primary: true },
    value: { type: 'text' },
  },
});
