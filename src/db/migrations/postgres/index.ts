import * as migration_20261126_154922_initial from './20261126_154922_initial';

export const migrations = [
  {
    up: migration_20261126_154922_initial.up,
    down: migration_20261126_154922_initial.down,
    name: '20261126_154922_initial'
  },
];
