import * as migration_20261126_152501_initial from './20261126_152501_initial';

export const migrations = [
  {
    up: migration_20261126_152501_initial.up,
    down: migration_20261126_152501_initial.down,
    name: '20261126_152501_initial'
  },
];
