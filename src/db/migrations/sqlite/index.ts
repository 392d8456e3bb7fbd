import * as migration_20261126_161233_initial from './20261126_161233_initial';

export const migrations = [
  {
    up: migration_20261126_161233_initial.up,
    down: migration_20261126_161233_initial.down,
    name: '20261126_161233_initial'
  },
];
